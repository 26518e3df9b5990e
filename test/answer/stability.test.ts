import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/answer/advisor.js';
import { loadKnowledgeBase } from '../../src/knowledge/load.js';
import { packageRoot } from '../../src/paths.js';
import { loadQuestions } from '../eval/evaluate.js';

/**
 * How people wrap the same question in chat. None of it may change how the advisor answers:
 * the band or the first source. Written apart from the advisor's own list of chat noise.
 */
const GREETINGS = ['hi', 'hey team,', 'Hello all!', 'morning folks -', 'hey @here', 'Good afternoon everyone.', 'yo', 'hiya!'];
const SIGN_OFFS = ['thanks!', 'thx', 'thanks in advance 🙏', 'cheers', 'ty!', 'any help appreciated', '(asking for a colleague)', 'much appreciated!'];
/** Adverbs that colour a question wherever they stand, and openers that only start one. */
const FILLERS = ['actually', 'exactly', 'basically', 'just', 'really', 'honestly'];
const OPENERS = ['quick question:', 'so', 'ok so', 'random q -', 'sorry, dumb question:'];

/** A way of rewording a question, and the random choices it makes. */
type Variant = (q: string, choice: number) => string;
const pick = <T>(list: readonly T[], choice: number): T => list[choice % list.length]!;

/** Two neighbouring letters of one longer word traded. */
function transposed(q: string, choice: number): string {
  const words = q.split(' ');
  const long = words.map((w, i) => (/^[a-z]{5,}$/i.test(w) ? i : -1)).filter((i) => i >= 0);
  if (long.length === 0) return q;
  const at = pick(long, choice);
  const word = words[at]!;
  const i = 1 + (Math.floor(choice / 7) % (word.length - 2));
  words[at] = word.slice(0, i) + word[i + 1]! + word[i]! + word.slice(i + 2);
  return words.join(' ');
}

const VARIANTS: Record<string, Variant> = {
  greeting: (q, choice) => `${pick(GREETINGS, choice)} ${q}`,
  signOff: (q, choice) => `${q} ${pick(SIGN_OFFS, choice)}`,
  filler: (q, choice) => {
    const words = q.split(' ');
    words.splice(Math.floor(choice / 11) % (words.length + 1), 0, pick(FILLERS, choice));
    return words.join(' ');
  },
  opener: (q, choice) => `${pick(OPENERS, choice)} ${q}`,
  upperCase: (q) => q.toUpperCase(),
  lowerCase: (q) => q.toLowerCase(),
  transposed,
};

const fixtures = join(packageRoot, 'test/fixtures');
const asked = ['questions.jsonl', 'questions-holdout.jsonl', 'questions-dev.jsonl'].flatMap((f) => loadQuestions(join(fixtures, f)));
const questions = asked.map((q) => q.q);
// A question written with typos already has its slips; one more in the same word is two.
const spelledRight = asked.filter((q) => q.kind !== 'typo').map((q) => q.q);
/** Variants drawn per rewording: every question about twice. */
const SAMPLES = 2 * questions.length;
const advisor = createAdvisor(await loadKnowledgeBase());
const outcome = (q: string) => {
  const r = advisor.ask(q);
  return `${r.band} ${r.sources[0] ? `${r.sources[0].doc}#${r.sources[0].section}` : '-'}`;
};

describe('answers that hold still when a question is worded casually', () => {
  it.each(Object.keys(VARIANTS))('%s changes the band or the first source of at most 1% of questions', (name) => {
    const variant = VARIANTS[name]!;
    const pool = name === 'transposed' ? spelledRight : questions;
    const cases = fc.sample(fc.tuple(fc.constantFrom(...pool), fc.nat()), { seed: 20261204, numRuns: SAMPLES });
    const changed = cases.map(([q, choice]) => [q, variant(q, choice)] as const).filter(([q, varied]) => outcome(varied) !== outcome(q));
    expect(changed.length / cases.length, changed.slice(0, 10).map(([q, v]) => `${q} → ${v}`).join('\n')).toBeLessThanOrEqual(0.01);
  });
});
