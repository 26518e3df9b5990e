import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Advisor } from '../../../src/answer/advisor.js';
import { loadAdvisor } from '../../../src/answer/load-advisor.js';
import { runInProcess } from '../../cli/run-in-process.js';
import { questionInBand } from '../support/band-questions.js';
import { buttonClick, eventRequest, interactionRequest, mention, sendSigned } from '../support/signed.js';
import { useSlackServer } from '../support/test-server.js';

type Element = { type: string; text?: { text: string }; action_id?: string; value?: string };
type Block = { type: string; block_id?: string; text?: { text: string }; elements?: Element[] };

const fx = useSlackServer();
let advisor: Advisor;
let nextId = 0;
const eventId = () => `EvBand${Date.now()}${(nextId += 1)}`;

beforeAll(async () => {
  advisor = await loadAdvisor({});
});

/** Mentions the bot with a question; returns the blocks of the answer posted in its thread. */
async function ask(question: string): Promise<Block[]> {
  expect((await sendSigned(fx.server.url, eventRequest(mention(question), eventId()))).status).toBe(200);
  const [post] = await fx.fake.waitFor('chat.postMessage');
  expect(post!.params).toMatchObject({ channel: 'C0CHANNEL', thread_ts: '1700000000.000200' });
  return post!.params.blocks as Block[];
}

function query<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(fx.server.db, { readonly: true });
  const rows = db.prepare(sql).all(...params) as T[];
  db.close();
  return rows;
}

const buttonsOf = (block: Block | undefined) => (block?.elements ?? []).map((e) => ({ label: e.text!.text, action: e.action_id, value: e.value }));
/** Everything the message shows, buttons included, as one string. */
const shown = (blocks: Block[]) => JSON.stringify(blocks);

describe('answer bands in Slack', () => {
  it('a confident answer: the passage, its sources and Helpful / Not helpful, recorded as answered', async () => {
    const question = questionInBand(advisor, 'answer');
    const blocks = await ask(question);
    expect(blocks.map((b) => b.type)).toEqual(['section', 'context', 'actions']);
    expect(blocks[0]!.text!.text).toBe(advisor.ask(question).answer);
    expect(buttonsOf(blocks[2]).map((b) => b.action)).toEqual(['answer_helpful', 'answer_not_helpful']);
    expect(query('SELECT band, confident FROM questions WHERE question = ?', question)).toEqual([{ band: 'answer', confident: 1 }]);
  });

  it('a close call: "Did you mean one of these?" and the sections as buttons labelled with their whole headings', async () => {
    const question = questionInBand(advisor, 'clarify');
    const expected = advisor.ask(question).sources;
    const blocks = await ask(question);
    expect(blocks.map((b) => b.type)).toEqual(['section', 'actions']);
    expect(blocks[0]!.text!.text).toBe('Did you mean one of these?');
    const id = query<{ id: number }>("SELECT id FROM questions WHERE question = ? AND band = 'clarify' AND confident = 0", question)[0]!.id;
    expect(buttonsOf(blocks[1])).toEqual(expected.map((s, i) => ({ label: s.heading, action: `answer_topic:${i}`, value: `${id} ${s.doc}#${s.section}` })));
    expect(expected.length).toBeGreaterThanOrEqual(2);
    for (const s of expected) expect(shown(blocks).split(s.heading)).toHaveLength(2);
  });

  it('a click on a choice answers from that section in the thread, records the pick, and gaps shows it', async () => {
    const question = questionInBand(advisor, 'clarify');
    const blocks = await ask(question);
    fx.fake.reset();
    const choice = blocks[1]!.elements![1]!;
    const ref = choice.value!.split(' ')[1]!;
    expect((await sendSigned(fx.server.url, interactionRequest(buttonClick(choice.action_id!, choice.value)))).status).toBe(200);
    const [post] = await fx.fake.waitFor('chat.postMessage');
    expect(post!.params).toMatchObject({ channel: 'C0CHANNEL', thread_ts: '1700000000.000200' });
    const answer = post!.params.blocks as Block[];
    expect(answer[0]!.text!.text).toBe(advisor.answerSection(ref)!.answer);
    const questionId = Number(choice.value!.split(' ')[0]);
    expect(buttonsOf(answer[2]).map((b) => [b.action, b.value])).toEqual([
      ['answer_helpful', String(questionId)],
      ['answer_not_helpful', String(questionId)],
    ]);
    expect(query('SELECT question_id, by, section FROM answer_picks WHERE question_id = ?', questionId)).toEqual([{ question_id: questionId, by: 'U0PERSON', section: ref }]);

    const gaps = await runInProcess(['gaps', '--json'], { env: { INGEST_ADVISOR_DB: fx.server.db }, cwd: fx.server.dir });
    const gap = (JSON.parse(gaps.stdout) as { gaps: Array<Record<string, unknown>> }).gaps.find((g) => g.question === question);
    expect(gap).toMatchObject({ reason: 'clarify', picked: [{ section: ref, count: 1 }] });
  });

  it('nothing matches: one short sentence, the nearest topics as buttons named once, no command syntax', async () => {
    const question = questionInBand(advisor, 'unknown');
    const result = advisor.ask(question);
    const blocks = await ask(question);
    expect(blocks.map((b) => b.type)).toEqual(['section', 'context', 'actions', 'actions']);
    expect(blocks[0]!.text!.text).toBe(result.answer);
    expect(result.answer).toMatch(/^[^.?!]+[.?!]$/);
    expect(buttonsOf(blocks[2]).map((b) => b.label)).toEqual(result.sources.map((s) => s.heading));
    expect(buttonsOf(blocks[3])).toEqual([{ label: 'Review a stream', action: 'review_open', value: '' }]);
    for (const s of result.sources) expect(shown(blocks).split(s.heading)).toHaveLength(2);
    expect(shown(blocks)).not.toMatch(/\/ingest-review|ingest-advisor|`/);
    expect(query('SELECT band, confident FROM questions WHERE question = ?', question)).toEqual([{ band: 'unknown', confident: 0 }]);
  });

  it('a nearest topic that is clicked is answered in the thread and recorded as the pick', async () => {
    const question = questionInBand(advisor, 'unknown');
    const topic = (await ask(question))[2]!.elements![0]!;
    fx.fake.reset();
    expect((await sendSigned(fx.server.url, interactionRequest(buttonClick(topic.action_id!, topic.value)))).status).toBe(200);
    const [post] = await fx.fake.waitFor('chat.postMessage');
    const [questionId, ref] = topic.value!.split(' ');
    expect((post!.params.blocks as Block[])[0]!.text!.text).toBe(advisor.answerSection(ref!)!.answer);
    expect(query('SELECT section FROM answer_picks WHERE question_id = ?', Number(questionId))).toEqual([{ section: ref }]);
  });

  it('answers a topic button from before picks were recorded, and ignores a forged pick', async () => {
    expect((await sendSigned(fx.server.url, interactionRequest(buttonClick('answer_topic:0', 'gotchas#full-refresh-cost')))).status).toBe(200);
    const [post] = await fx.fake.waitFor('chat.postMessage');
    expect((post!.params.blocks as Block[]).map((b) => b.type)).toEqual(['section', 'context']);
    fx.fake.reset();
    for (const value of ['1 gotchas#no-such-section', '1 ../etc', 'x gotchas#full-refresh-cost']) {
      expect((await sendSigned(fx.server.url, interactionRequest(buttonClick('answer_topic:0', value)))).status).toBe(200);
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(fx.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });
});
