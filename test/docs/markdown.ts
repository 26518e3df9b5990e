/** The text of a Markdown section, from its heading line to the next heading of the same or a higher level. */
export function section(markdown: string, heading: string): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line === heading || line.startsWith(`${heading} {#`));
  if (start < 0) throw new Error(`No heading "${heading}"`);
  const level = /^#+/.exec(heading)![0].length;
  const end = lines.findIndex((line, i) => i > start && /^#+ /.test(line) && /^#+/.exec(line)![0].length <= level);
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

/** The body rows of every table in `text`, as trimmed cells (header and separator rows left out). */
export function tableRows(text: string): string[][] {
  const rows: string[][] = [];
  let header = true;
  for (const line of text.split('\n')) {
    if (!line.startsWith('|')) {
      header = true;
      continue;
    }
    const cells = line.slice(1, -1).split(' | ').map((cell) => cell.trim());
    if (header || /^[-|: ]+$/.test(line)) {
      header = /^[-|: ]+$/.test(line) ? false : header;
      continue;
    }
    rows.push(cells);
  }
  return rows;
}

/** The words written as inline code in `text`: `` `a` and `b` `` → ['a', 'b']. */
export function codeSpans(text: string): string[] {
  return [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);
}
