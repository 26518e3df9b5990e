import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Advisor } from '../../src/answer/advisor.js';
import { CLOSEST_TOPIC_RELEVANCE } from '../../src/answer/confidence.js';

const questionSchema = z.object({
  q: z.string().min(1),
  expect: z.array(z.string().regex(/^[a-z0-9-]+(#[a-z0-9-]+)?$/)),
  kind: z.enum(['paraphrase', 'symptom', 'typo', 'acronym', 'fragment', 'howto', 'off-topic']),
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
  confident: boolean;
  got: string[];
}

export interface EvalReport {
  onTopic: number;
  offTopic: number;
  top1: number;
  top3: number;
  rejected: number;
  misses: Miss[];
}

/**
 * Top-1: answered with confidence, and the first source is acceptable. Top-3: an acceptable
 * section is among the first three the person is shown (the sources, or when the advisor is
 * not confident, the closest topics it offers). Off-topic: not answered with confidence.
 */
export function evaluate(advisor: Advisor, questions: EvalQuestion[]): EvalReport {
  const report: EvalReport = { onTopic: 0, offTopic: 0, top1: 0, top3: 0, rejected: 0, misses: [] };
  for (const question of questions) {
    const result = advisor.ask(question.q);
    const ranked = advisor.rank(question.q, 3).filter((h) => result.confident || h.relevance >= CLOSEST_TOPIC_RELEVANCE).map((h) => `${h.doc}#${h.section}`);
    if (question.expect.length === 0) {
      report.offTopic++;
      if (!result.confident) report.rejected++;
      else report.misses.push({ question, confident: true, got: ranked });
      continue;
    }
    report.onTopic++;
    const hit = (key: string | undefined) => key !== undefined && accepts(question.expect, ...(key.split('#') as [string, string]));
    const first = result.confident && hit(ranked[0]);
    const inTop3 = ranked.some(hit);
    if (first) report.top1++;
    if (inTop3) report.top3++;
    if (!first) report.misses.push({ question, confident: result.confident, got: ranked });
  }
  return report;
}

export function percent(part: number, whole: number): number {
  return whole === 0 ? 100 : Math.round((part / whole) * 1000) / 10;
}
