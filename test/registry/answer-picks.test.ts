import { expect, it } from 'vitest';
import { recordPick } from '../../src/registry/answer-picks.js';
import { listGaps } from '../../src/registry/gaps.js';
import { recordQuestion } from '../../src/registry/questions.js';
import { describeEngines } from '../support/engines.js';

describeEngines('questions that needed a clarify, and the sections picked', (engine) => {
  it("lists a close call as a clarify gap with what people picked, most picked first; a later pick replaces the person's own", async () => {
    const { db } = await engine.open();
    const at = new Date('2026-11-20T10:00:00Z');
    const first = await recordQuestion(db, { question: 'retention', band: 'clarify', topSource: 'stream-changes#backfill-history', via: 'slack', by: 'U1', at });
    const second = await recordQuestion(db, { question: 'Retention ', band: 'clarify', topSource: 'stream-changes#backfill-history', via: 'teams', by: 'U2', at: new Date('2026-11-21T10:00:00Z') });
    expect(await recordPick(db, { questionId: first, section: 'monitoring#problem-records', by: 'U1', at })).toBe(true);
    expect(await recordPick(db, { questionId: first, section: 'data-streams#refresh-history', by: 'U1', at })).toBe(true);
    expect(await recordPick(db, { questionId: second, section: 'data-streams#refresh-history', by: 'U2', at })).toBe(true);
    expect(await recordPick(db, { questionId: first, section: 'monitoring#problem-records', by: 'U3', at })).toBe(true);
    expect(await recordPick(db, { questionId: 999, section: 'monitoring#problem-records', by: 'U3', at })).toBe(false);
    expect(await listGaps(db, 10)).toEqual([
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
  });

  it('keeps an unknown apart from a clarify of the same words, and an answer marked Not helpful apart from both', async () => {
    const { db } = await engine.open();
    const at = new Date('2026-11-20T10:00:00Z');
    await recordQuestion(db, { question: 'retention', band: 'unknown', topSource: null, via: 'slack', at });
    await recordQuestion(db, { question: 'retention', band: 'clarify', topSource: 'data-streams#refresh-history', via: 'slack', at });
    await recordQuestion(db, { question: 'retention', band: 'answer', topSource: 'data-streams#refresh-history', via: 'slack', at });
    expect((await listGaps(db, 10)).map((g) => g.reason).sort()).toEqual(['clarify', 'unanswered']);
  });
});
