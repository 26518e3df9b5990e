import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordPick } from '../../src/registry/answer-picks.js';
import { recordQuestion } from '../../src/registry/questions.js';
import { tempDir, usingRegistry } from '../registry/helpers.js';
import { runInProcess } from './run-in-process.js';

describe('ingest-advisor gaps', () => {
  it('lists the questions the knowledge base did not answer, as text and as JSON', async () => {
    const dir = tempDir();
    const file = join(dir, 'advisor.db');
    await usingRegistry(file, (db) => recordQuestion(db, { question: 'what about sharepoint?', band: 'unknown', topSource: 'connectors#overview', via: 'slack', at: new Date('2026-11-20T10:00:00Z') }));
    const env = { INGEST_ADVISOR_DB: file };
    const text = await runInProcess(['gaps'], { env, cwd: dir });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/1×\s+what about sharepoint\?\s+\(unanswered, last 2026-11-20; closest: connectors#overview\)/);
    const json = await runInProcess(['gaps', '--json', '--limit', '5'], { env, cwd: dir });
    expect(JSON.parse(json.stdout)).toEqual({ gaps: [{ question: 'what about sharepoint?', reason: 'unanswered', count: 1, lastAsked: '2026-11-20T10:00:00.000Z', closest: 'connectors#overview', picked: [] }] });
  });

  it('shows a question that needed a "did you mean" and the sections people picked', async () => {
    const dir = tempDir();
    const file = join(dir, 'advisor.db');
    const at = new Date('2026-11-21T10:00:00Z');
    await usingRegistry(file, async (db) => {
      const id = await recordQuestion(db, { question: 'retention', band: 'clarify', topSource: 'stream-changes#backfill-history', via: 'teams', at });
      for (const [by, section] of [['U1', 'data-streams#refresh-history'], ['U2', 'data-streams#refresh-history'], ['U3', 'monitoring#problem-records']] as const) {
        await recordPick(db, { questionId: id, section, by, at });
      }
    });
    const text = await runInProcess(['gaps'], { env: { INGEST_ADVISOR_DB: file }, cwd: dir });
    expect(text.stdout).toBe('   1×  retention  (clarify, last 2026-11-21; closest: stream-changes#backfill-history; picked: data-streams#refresh-history ×2, monitoring#problem-records)\n');
  });

  it('says when there are none, and refuses a bad --limit', async () => {
    const dir = tempDir();
    const env = { INGEST_ADVISOR_DB: join(dir, 'advisor.db') };
    expect((await runInProcess(['gaps'], { env, cwd: dir })).stdout).toMatch(/^No gaps/);
    const bad = await runInProcess(['gaps', '--limit', 'lots'], { env, cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--limit must be a whole number/);
  });
});
