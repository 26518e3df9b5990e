/** Citation markers `[n]` (or `[n, m]`, `[n-m]`), but not Markdown links `[text](url)`. */
export const MARKER = /\[(\d+(?:\s*[,–-]\s*\d+)*)\](?!\()/g;
const SOURCE_ENTRY = /^\s*(\d+)\.\s+(\S+)/;

export function citedNumbers(markdown: string): number[] {
  const found: number[] = [];
  for (const match of markdown.matchAll(MARKER)) {
    for (const part of (match[1] ?? '').split(/\s*[,–-]\s*/)) found.push(Number(part));
  }
  return found;
}

export interface SourceEntry {
  number: number;
  url: string;
}

/** The numbered entries of a Sources section: `1. https://… — note`. */
export function sourceEntries(markdown: string): SourceEntry[] {
  return markdown
    .split(/\r?\n/)
    .map((line) => SOURCE_ENTRY.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ number: Number(m[1]), url: m[2] ?? '' }));
}
