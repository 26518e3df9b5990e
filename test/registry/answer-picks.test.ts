import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordPick } from '../../src/registry/answer-picks.js';
import { listGaps } from '../../src/registry/gaps.js';
import { MIGRATIONS } from '../../src/registry/migrations.js';
import { openRegistry } from '../../src/registry/open-registry.js';
import { recordQuestion } from '../../src/registry/questions.js';
import { tempDir } from './helpers.js';

describe('questions that needed a clarify, and the sections picked', () => {
  it('lists a close call as a clarify gap with what people picked, most picked first; a later pick replaces the person\'s own', () => {
    const db = openRegistry(join(tempDir(), 'a.db'));
    const at = new Date('2026-11-20T10:00:00Z');
    const first = recordQuestion(db, { question: 'retention', band: 'clarify', topSource: 'stream-changes#backfill-history', via: 'slack', by: 'U1', at });
    const second = recordQuestion(db, { question: 'Retention ', band: 'clarify', topSource: 'stream-changes#backfill-history', via: 'teams', by: 'U2', at: new Date('2026-11-21T10:00:00Z') });
    expect(recordPick(db, { questionId: first, section: 'monitoring#problem-records', by: 'U1', at })).toBe(true);
    expect(recordPick(db, { questionId: first, section: 'data-streams#refresh-history', by: 'U1', at })).toBe(true);
    expect(recordPick(db, { questionId: second, section: 'data-streams#refresh-history', by: 'U2', at })).toBe(true);
    expect(recordPick(db, { questionId: first, section: 'monitoring#problem-records', by: 'U3', at })).toBe(true);
    expect(recordPick(db, { questionId: 999, section: 'monitoring#problem-records', by: 'U3', at })).toBe(false);
    expect(listGaps(db, 10)).toEqual([
      {
        question: 'Retention ',
        reason: 'clarify',
        count: 2,
        lastAsked: new Date('2026-11-21T10:00:00Z'),
        closest: 'stream-changes#backfill-history',
        picked: [
          { section: 'data-streams#refresh-history', count: 2 },
          { section: 'monitoring#problem-records', count: 1 },
        ],
      },
    ]);
    db.close();
  });

  it('gives the questions of a registry from before bands their band when it opens it', () => {
    const file = join(tempDir(), 'a.db');
    const old = new Database(file);
    for (const step of MIGRATIONS.slice(0, 4)) old.exec(step);
    old.pragma('user_version = 4');
    old.prepare("INSERT INTO questions (question, confident, via, asked_at) VALUES ('upsert deletes', 1, 'slack', 1), ('weather?', 0, 'teams', 2)").run();
    old.close();
    const db = openRegistry(file);
    expect(db.prepare('SELECT question, band FROM questions ORDER BY id').all()).toEqual([
      { question: 'upsert deletes', band: 'answer' },
      { question: 'weather?', band: 'unknown' },
    ]);
    expect(listGaps(db, 10).map((g) => [g.question, g.reason, g.picked])).toEqual([['weather?', 'unanswered', []]]);
    db.close();
  });
});
