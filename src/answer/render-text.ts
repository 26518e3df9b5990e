import type { AskResult } from './types.js';

/** An answer for the terminal: the answer, then its sources. */
export function renderAnswerText(result: AskResult): string {
  const lines = [result.answer];
  if (result.sources.length > 0) {
    lines.push('', result.confident ? 'Sources:' : 'Closest topics:');
    for (const s of result.sources) {
      lines.push(`  - ${s.title} › ${s.heading}  (${s.doc}#${s.section})${s.url ? `  ${s.url}` : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
