/**
 * Finds where the entries of a YAML block list start (a line beginning with `-` and a space,
 * a tab or nothing) a chunk at a time. Like `FlowScanner`, it only proposes cuts: a line like
 * that inside a quoted value that runs over lines leaves the part before it unfinished, so it
 * fails to parse, and the rest of the file is parsed whole.
 */
export class BlockScanner {
  /**
   * Scans `text` from `from` up to `end` and returns the index of the first entry's `-` at or
   * after `cutFrom`, or -1. Stops short of a line break and `-` at the end of the text, whose
   * next character decides; `scanned` says where it stopped.
   */
  scan(text: string, from: number, end: number, cutFrom: number): { cut: number; scanned: number } {
    for (let at = text.indexOf('\n-', Math.max(from, cutFrom - 1)); at !== -1 && at < end; at = text.indexOf('\n-', at + 1)) {
      if (at + 2 >= end) return { cut: -1, scanned: at };
      if (/[ \t\r\n]/.test(text[at + 2]!)) return { cut: at + 1, scanned: at + 1 };
    }
    // The last character may be the line break before an entry in the next chunk.
    return { cut: -1, scanned: Math.max(from, end - 1) };
  }
}
