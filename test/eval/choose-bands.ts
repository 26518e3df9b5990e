import { join } from 'node:path';
import { decideBand, type BandSettings } from '../../src/answer/band.js';
import { definitionAnswer } from '../../src/answer/definition-answer.js';
import type { AnswerBand } from '../../src/answer/types.js';
import { loadKnowledgeBase } from '../../src/knowledge/load.js';
import { packageRoot } from '../../src/paths.js';
import { buildIndex } from '../../src/retrieval/build-index.js';
import { stripChatNoise } from '../../src/retrieval/chat-noise.js';
import { resolveQuery } from '../../src/retrieval/query-terms.js';
import { searchResolved, type Search } from '../../src/retrieval/search.js';
import { accepts, loadQuestions, type EvalQuestion } from './evaluate.js';

/** One question as the advisor reads it: a definition's sections, or the search behind the bands. */
export interface Seen {
  question: EvalQuestion;
  definition: string[] | null;
  search: Search;
}

export interface Outcome {
  onTopic: number;
  offTopic: number;
  right: number;
  wrong: number;
  clarifiedRight: number;
  clarified: number;
  declined: number;
  /** Off-topic questions met with a "did you mean": not wrong, but a poor way to say no. */
  offTopicClarified: number;
}

/** The sets the bands are chosen on: never the blind or the sealed one. */
export const CHOICE_SETS = ['questions.jsonl', 'questions-holdout.jsonl', 'questions-dev.jsonl'];

export async function seeQuestions(files: readonly string[]): Promise<Seen[]> {
  const index = buildIndex(await loadKnowledgeBase());
  return files.flatMap((f) => loadQuestions(join(packageRoot, 'test/fixtures', f))).map((question) => {
    const query = resolveQuery(index, stripChatNoise(question.q.trim()));
    const definition = definitionAnswer(index, query.words);
    return { question, definition: definition ? definition.sections.map((s) => `${s.doc}#${s.slug}`) : null, search: searchResolved(index, query, 5) };
  });
}

function bandOf(seen: Seen, settings: BandSettings): { band: AnswerBand; shown: string[] } {
  if (seen.definition) return { band: 'answer', shown: seen.definition };
  const { band, shown } = decideBand(seen.search, settings);
  return { band, shown: shown.map((h) => `${h.section.doc}#${h.section.slug}`) };
}

export function outcome(seen: readonly Seen[], settings: BandSettings): Outcome {
  const o: Outcome = { onTopic: 0, offTopic: 0, right: 0, wrong: 0, clarifiedRight: 0, clarified: 0, declined: 0, offTopicClarified: 0 };
  for (const s of seen) {
    const { band, shown } = bandOf(s, settings);
    const ok = (ref: string | undefined) => ref !== undefined && accepts(s.question.expect, ...(ref.split('#') as [string, string]));
    if (s.question.expect.length === 0) {
      o.offTopic++;
      if (band !== 'answer') o.declined++;
      if (band === 'clarify') o.offTopicClarified++;
      continue;
    }
    o.onTopic++;
    if (band === 'answer') {
      if (ok(shown[0])) o.right++;
      else o.wrong++;
    }
    if (band === 'clarify') {
      o.clarified++;
      if (shown.slice(0, 3).some(ok)) o.clarifiedRight++;
    }
  }
  return o;
}

/**
 * What a setting is worth, in the measures `npm run eval` reports: the share of on-topic
 * questions answered right plus the share shown the right section among an answer's or a
 * "did you mean"'s choices, less two for every wrong answer (a wrong answer costs a team more
 * than a question back); a little less for a "did you mean" to an off-topic question (a poor way to
 * say no, though not an answer; 0.3 is about the sets' ratio of off-topic to on-topic
 * questions, so one costs what a right one to an on-topic question gains); and far less past
 * the limits: more than 3% of on-topic questions answered wrong, or more than 5% of off-topic
 * ones answered.
 */
export function worth(o: Outcome): number {
  const on = Math.max(1, o.onTopic);
  const off = Math.max(1, o.offTopic);
  const declined = o.offTopic === 0 ? 1 : o.declined / o.offTopic;
  const shownRight = o.right + o.clarifiedRight;
  return (o.right + shownRight - 2 * o.wrong) / on - 0.3 * (o.offTopicClarified / off) - 3 * Math.max(0, 0.95 - declined) - 3 * Math.max(0, o.wrong / on - 0.03);
}

export const GRID: BandSettings[] = [];
for (const agreed of [0.2, 0.3, 0.4, 0.5, 0.6]) {
  for (const alone of [0.5, 0.6, 0.7, 0.8, 0.9, 1.01]) {
    for (const missing of [0.3, 0.5, 0.7, 1]) {
      for (const missingClarify of [0.3, 0.5, 0.7, 1]) {
        for (const clarify of [0.05, 0.1, 0.15, 0.2, 0.3]) {
          for (const closest of [0.05, 0.08, 0.12]) if (missingClarify >= missing && clarify >= closest) GRID.push({ agreed, alone, missing, missingClarify, clarify, closest });
        }
      }
    }
  }
}

export function bestSettings(seen: readonly Seen[]): BandSettings {
  let best = GRID[0]!;
  let bestWorth = -Infinity;
  for (const settings of GRID) {
    const w = worth(outcome(seen, settings));
    if (w > bestWorth) [best, bestWorth] = [settings, w];
  }
  return best;
}

/** 5-fold cross-validation, `repeats` shuffles: each fold judged with the settings the other four chose. */
export function crossValidate(seen: readonly Seen[], repeats = 3): Outcome {
  const total: Outcome = { onTopic: 0, offTopic: 0, right: 0, wrong: 0, clarifiedRight: 0, clarified: 0, declined: 0, offTopicClarified: 0 };
  for (let r = 0; r < repeats; r++) {
    let seed = 1 + r;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const order = seen.map((s) => ({ s, key: random() })).sort((a, b) => a.key - b.key).map((x) => x.s);
    for (let fold = 0; fold < 5; fold++) {
      const test = order.filter((_, i) => i % 5 === fold);
      const o = outcome(test, bestSettings(order.filter((_, i) => i % 5 !== fold)));
      for (const key of Object.keys(total) as (keyof Outcome)[]) total[key] += o[key];
    }
  }
  return total;
}
