import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Advisor } from '../../src/answer/advisor.js';
import type { AnswerBand } from '../../src/answer/types.js';

const questionSchema = z.object({
  q: z.string().min(1),
  expect: z.array(z.string().regex(/^[a-z0-9-]+(#[a-z0-9-]+)?$/)),
  kind: z.enum(['paraphrase', 'symptom', 'typo', 'acronym', 'fragment', 'howto', 'definition', 'versus', 'long', 'off-topic']),
});
export type EvalQuestion = z.infer<typeof questionSchema>;

export function loadQuestions(path: string): EvalQuestion[] {
  const questions: EvalQuestion[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      const parsed = questionSchema.safeParse(parseJson(line, `${path} line ${i + 1}`));
      if (!parsed.success) throw new Error(`${path} line ${i + 1}: ${z.prettifyError(parsed.error)}`);
      questions.push(parsed.data);
    });
  return questions;
}

function parseJson(line: string, where: string): unknown {
  try {
    return JSON.parse(line);
  } catch (error) {
    throw new Error(`${where}: not a JSON object (${error instanceof Error ? error.message : String(error)}). Each line is one question: {"q": "…", "expect": ["doc" or "doc#section", …], "kind": "paraphrase"}.`, { cause: error });
  }
}

/** `refresh-modes` accepts any section of that document; `gotchas#slug` only that section. */
export function accepts(expect: string[], doc: string, section: string): boolean {
  return expect.some((e) => e === doc || e === `${doc}#${section}`);
}

export interface Miss {
  question: EvalQuestion;
  band: AnswerBand;
  got: string[];
}

/** What a retriever did with one question: its band and the sections it showed, best first. */
export interface Retrieved {
  band: AnswerBand;
  /** `doc#section`, best first: an answer's sources, a clarify's choices or an unknown's nearest topics. */
  sources: string[];
}

export interface Retriever {
  ask(question: string): Retrieved;
}

export function advisorRetriever(advisor: Advisor): Retriever {
  return {
    ask(question) {
      const result = advisor.ask(question);
      return { band: result.band, sources: result.sources.map((s) => `${s.doc}#${s.section}`) };
    },
  };
}

export interface EvalReport {
  onTopic: number;
  offTopic: number;
  /** Band `answer`, and the first source is acceptable. */
  top1: number;
  /** Band `answer` or `clarify`, and an acceptable section is among the first three shown. */
  top3: number;
  /** Whatever the band, the first section shown (answer, first choice, nearest topic) is acceptable: the ranking alone. */
  rankedFirst: number;
  /** Band `answer` with an unacceptable first source: a confident wrong answer. */
  wrongAnswer: number;
  /** On-topic questions answered with `clarify`. */
  clarified: number;
  /** Off-topic questions given any band but `answer`. */
  rejected: number;
  misses: Miss[];
}

/** Whether a `doc#section` is one the question accepts. */
function hit(expect: string[], key: string | undefined): boolean {
  if (key === undefined) return false;
  const [doc, section] = key.split('#') as [string, string];
  return accepts(expect, doc, section);
}

/**
 * Scores a retriever on a set: top-1 (answered, first source right), top-3 (answered or asked
 * "did you mean", a right section among the first three shown), the ranking alone (the first
 * section shown, whatever the band), confident wrong answers, and off-topic questions not answered.
 */
export function evaluate(retriever: Retriever, questions: EvalQuestion[]): EvalReport {
  const report: EvalReport = { onTopic: 0, offTopic: 0, top1: 0, top3: 0, rankedFirst: 0, wrongAnswer: 0, clarified: 0, rejected: 0, misses: [] };
  for (const question of questions) {
    const { band, sources } = retriever.ask(question.q);
    if (question.expect.length === 0) {
      report.offTopic++;
      if (band !== 'answer') report.rejected++;
      else report.misses.push({ question, band, got: sources });
      continue;
    }
    report.onTopic++;
    const first = band === 'answer' && hit(question.expect, sources[0]);
    if (first) report.top1++;
    if (hit(question.expect, sources[0])) report.rankedFirst++;
    if (band !== 'unknown' && sources.slice(0, 3).some((s) => hit(question.expect, s))) report.top3++;
    if (band === 'answer' && !first) report.wrongAnswer++;
    if (band === 'clarify') report.clarified++;
    if (!first) report.misses.push({ question, band, got: sources });
  }
  return report;
}

export function percent(part: number, whole: number): number {
  return whole === 0 ? 100 : Math.round((part / whole) * 1000) / 10;
}
