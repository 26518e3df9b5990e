/**
 * A section's Markdown as the sentences the sourcing audit reads: paragraphs, list items and
 * table rows, cut at sentence ends. Headings, fenced code, a table's header row and list
 * numbering are left out, because the sourcing rules exempt them.
 */

const FENCE = /^\s*(```|~~~)/;
const HEADING = /^\s*#{1,6}\s/;
const QUOTE = /^\s*>\s?/;
const TABLE_ROW = /^\s*\|/;
const TABLE_RULE = /^\s*\|?(\s*:?-{2,}:?\s*\|)+\s*(:?-{2,}:?\s*)?$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;
const LEADING_MARKERS = /^(?:\[\d+(?:\s*[,–-]\s*\d+)*\]\s*)+/;
/** Words whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'vs', 'cf', 'approx', 'incl', 'no']);

/** Prose blocks: a paragraph or a list item joined onto one line, or one table body row. */
export function proseBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  let inFence = false;
  const flush = (): void => {
    if (current.length > 0) blocks.push(current.join(' '));
    current = [];
  };
  const lines = markdown.split(/\r?\n/).map((l) => l.replace(QUOTE, ''));
  lines.forEach((line, i) => {
    if (FENCE.test(line)) {
      flush();
      inFence = !inFence;
    } else if (inFence) {
      return;
    } else if (line.trim() === '' || HEADING.test(line)) {
      flush();
    } else if (TABLE_ROW.test(line)) {
      flush();
      const isHeaderOrRule = TABLE_RULE.test(line) || TABLE_RULE.test(lines[i + 1] ?? '');
      if (!isHeaderOrRule) blocks.push(line.trim());
    } else if (LIST_ITEM.test(line)) {
      flush();
      current.push(line.replace(LIST_ITEM, '').trim());
    } else {
      current.push(line.trim());
    }
  });
  flush();
  return blocks;
}

function isSentenceEnd(text: string, at: number): number | null {
  const tail = /^[.!?]+[)"'*_\]]*\s+(\S)/.exec(text.slice(at));
  if (!tail || /[a-z]/.test(tail[1] ?? '')) return null;
  const word = /(\S+)$/.exec(text.slice(0, at))?.[1]?.replace(/^[("'*_]+/, '').toLowerCase() ?? '';
  if (text[at] === '.' && ABBREVIATIONS.has(word)) return null;
  return at + tail[0].length - (tail[1]?.length ?? 0);
}

/** Cuts one block at its sentence ends; a marker written after the full stop stays with its sentence. */
export function splitSentences(block: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (let i = 0; i < block.length; i++) {
    if (!'.!?'.includes(block[i] ?? '')) continue;
    const next = isSentenceEnd(block, i);
    if (next === null) continue;
    sentences.push(block.slice(start, next).trim());
    start = next;
    i = next - 1;
  }
  sentences.push(block.slice(start).trim());
  return sentences.filter((s) => s !== '').reduce<string[]>((kept, sentence) => {
    const markers = LEADING_MARKERS.exec(sentence)?.[0];
    if (markers && kept.length > 0) {
      kept[kept.length - 1] += ` ${markers.trim()}`;
      const rest = sentence.slice(markers.length).trim();
      if (rest !== '') kept.push(rest);
    } else kept.push(sentence);
    return kept;
  }, []);
}

export function sentencesOf(markdown: string): string[] {
  return proseBlocks(markdown).flatMap(splitSentences);
}
