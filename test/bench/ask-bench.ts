import { join } from 'node:path';
import { createAdvisor } from '../../src/answer/advisor.js';
import { loadKnowledgeBase } from '../../src/knowledge/load.js';
import { packageRoot } from '../../src/paths.js';
import { loadQuestions } from '../eval/evaluate.js';
import { latency, ms, timed } from './stats.js';
import { syntheticKnowledge } from './synthetic-knowledge.js';

/** `ask`: index build time and latency on the real base and on 10,000 synthetic sections. */
export async function benchAsk(): Promise<string[]> {
  const questions = loadQuestions(join(packageRoot, 'test/fixtures/questions.jsonl')).map((q) => q.q);
  // Warm the module caches so the build figure is the build, not the first import.
  createAdvisor(await loadKnowledgeBase());
  const start = performance.now();
  const real = await loadKnowledgeBase();
  const advisor = createAdvisor(real);
  const build = performance.now() - start;
  const realLatency = latency(questions, 20, (q) => advisor.ask(q));

  const synthetic = syntheticKnowledge(real, 10_000);
  const big = timed(() => createAdvisor(synthetic));
  const bigLatency = latency(questions, 3, (q) => big.result.ask(q));
  const sections = real.documents.reduce((n, d) => n + d.sections.length, 0);
  return [
    `ask, real knowledge base (${real.documents.length} documents, ${sections} sections):`,
    `  load + index build: ${ms(build)} (target ≤ 200 ms)`,
    `  latency over ${realLatency.count} asks of the evaluation set: p50 ${ms(realLatency.p50)}, p99 ${ms(realLatency.p99)} (target p99 ≤ 2 ms)`,
    `ask, synthetic knowledge base (10,000 sections):`,
    `  index build: ${ms(big.ms)}`,
    `  latency over ${bigLatency.count} asks: p50 ${ms(bigLatency.p50)}, p99 ${ms(bigLatency.p99)} (target p99 ≤ 50 ms)`,
  ];
}
