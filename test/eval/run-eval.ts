import { join } from 'node:path';
import { createAdvisor } from '../../src/answer/advisor.js';
import { loadKnowledgeBase } from '../../src/knowledge/load.js';
import { packageRoot } from '../../src/paths.js';
import { advisorRetriever, evaluate, loadQuestions, percent, type EvalReport } from './evaluate.js';
import { miniSearchBaseline } from './minisearch-baseline.js';

/**
 * `npm run eval [FILE...]`: the advisor and the MiniSearch baseline on the evaluation sets,
 * and the advisor's misses. The misses of the blind, fresh and sealed sets are never listed
 * unless the file is named, and the sealed set's not even then: whoever tunes retrieval must
 * not read them.
 */
const fixtures = join(packageRoot, 'test/fixtures');
const SEALED = 'questions-sealed.jsonl';
const UNLISTED = new Set(['questions-blind.jsonl', 'questions-fresh.jsonl', SEALED]);
const named = process.argv.length > 2;
const files = named ? process.argv.slice(2) : ['questions.jsonl', 'questions-holdout.jsonl', 'questions-dev.jsonl', 'questions-blind.jsonl', 'questions-fresh.jsonl'].map((f) => join(fixtures, f));
const kb = await loadKnowledgeBase();
const advisor = advisorRetriever(createAdvisor(kb));
const baseline = miniSearchBaseline(kb);

function figures(report: EvalReport): string {
  const on = (n: number) => `${percent(n, report.onTopic)}%`.padStart(7);
  return `${on(report.top1)} ${on(report.top3)} ${on(report.wrongAnswer)} ${on(report.clarified)} ${`${percent(report.rejected, report.offTopic)}%`.padStart(9)} ${on(report.rankedFirst)}`;
}

function print(file: string, report: EvalReport, base: EvalReport): void {
  const name = file.split('/').pop() ?? file;
  console.log(`${name}: ${report.onTopic} on-topic, ${report.offTopic} off-topic`);
  console.log('               top-1   top-3   wrong clarify  declined  ranked 1st');
  console.log(`  advisor    ${figures(report)}`);
  console.log(`  minisearch ${figures(base)}`);
  if (report.misses.length === 0) return;
  if (UNLISTED.has(name) && (!named || name === SEALED)) return void console.log(`  (${report.misses.length} misses, not listed${name === SEALED ? '' : ': name the file to list them'})`);
  console.log(`\n  Misses (${report.misses.length}):`);
  for (const m of report.misses) {
    const want = m.question.expect.length === 0 ? 'off-topic' : m.question.expect.join(' | ');
    console.log(`  - "${m.question.q}" [${m.question.kind}]\n      want ${want}; got ${m.band}: ${m.got.join(', ') || 'nothing'}`);
  }
}

try {
  for (const file of files) {
    const questions = loadQuestions(file);
    print(file, evaluate(advisor, questions), evaluate(baseline, questions));
    console.log('');
  }
} catch (error) {
  // A bad line of an evaluation set is the set's fault, named with its file and line.
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
