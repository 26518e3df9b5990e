import type { AskResult } from './types.js';

const HEADINGS = { answer: 'Sources:', clarify: 'Pick one (ingest-advisor ask "doc#section" reads it):', unknown: 'Nearest topics I have:' } as const;

/** An answer for the terminal: the answer, then its sources, choices or nearest topics. */
export function renderAnswerText(result: AskResult): string {
  const lines = [result.answer];
  if (result.sources.length > 0) {
    lines.push('', HEADINGS[result.band]);
    for (const s of result.sources) {
      lines.push(`  - ${s.title} › ${s.heading}  (${s.doc}#${s.section})${s.url ? `  ${s.url}` : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
