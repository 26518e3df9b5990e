import { FlowScanner } from './flow-scan.js';

/** A part of a stream file that js-yaml can read on its own, and where it sits in the file. */
export interface TextPiece {
  /** `list`: a YAML sequence of some of the file's top-level entries; `document`: the whole file. */
  kind: 'list' | 'document';
  text: string;
  /** Where the text starts in the file: line (1-based) and column (0-based). */
  line: number;
  column: number;
  /** Characters added in front of the file's text (the `[` before a later part of a flow list). */
  prefix: number;
  /** The file's last piece: it runs to the end of the file. */
  last: boolean;
}

type Layout = 'undecided' | 'block' | 'flow' | 'document';

/** Text from one cut to the next, with the file position it starts at. */
interface Region {
  raw: string;
  line: number;
  column: number;
  /** Starts at the top of the file (so a flow list's own `[` is in it). */
  first: boolean;
  /** `raw` and what the cut skipped (a flow list's comma): what `rejoin` puts back. */
  consumed: string;
}

// An anchor (`&name`) stands at the start of a node, and its aliases may follow in any later
// entry; a document marker (`---`, `...`) after the first entry starts a second document, which
// js-yaml must see with the first to refuse it. A list is not cut after either; a false alarm
// ("a &b" in a quoted value) only stops cutting.
const UNCUTTABLE = /(?:^|[\s[{,:])&[^\s,[\]{}]|(?:^|\n)(?:---|\.\.\.)(?:[ \t\r\n]|$)/;

function lines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/**
 * Cuts a stream file into pieces as its text arrives, so that a list of any length is read an
 * entry at a time and never held whole: a block list (`- name: …` at the left margin) before
 * a line that starts a new entry, a flow list (`[…]`, JSON) at a comma between entries. Any
 * other file is one piece. Pieces are at least `minPiece` characters, so js-yaml is called a
 * few hundred times for a large file, not once per entry.
 */
export class ListCutter {
  private layout: Layout = 'undecided';
  private buffer = '';
  private line = 1;
  private column = 0;
  private first = true;
  private scanned = 0;
  private cutting = true;
  private ended = false;
  private givenAll = false;
  /** Where the first entry starts, after comments, directives and `---` (in the first piece). */
  private contentStart = 0;
  private held: Region | null = null;
  private readonly flow = new FlowScanner();

  constructor(private readonly minPiece = 16 * 1024) {}

  push(chunk: string): void {
    this.buffer += this.first && this.buffer === '' && chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk;
  }

  /** No more text will come. */
  end(): void {
    this.ended = true;
  }

  /** Whether the file is a list; known once the first entry (or anything else) is seen. */
  get isList(): boolean | undefined {
    return this.layout === 'undecided' ? undefined : this.layout !== 'document';
  }

  /** The next piece, or null until more text comes (after `end()`, null when all is given out). */
  next(): TextPiece | null {
    if (this.layout === 'undecided') this.layout = this.decide();
    if (this.layout === 'undecided') return null;
    const cut = this.cutting && this.layout !== 'document' ? this.findCut() : -1;
    if (cut >= 0) return this.give(cut, this.layout === 'flow' ? cut + 1 : cut, false);
    // The last piece: a block list may end exactly at a cut, but a flow list's closing `]` is always still to come.
    if (!this.ended || this.givenAll || (this.buffer === '' && !this.first && this.layout === 'block')) return null;
    this.givenAll = true;
    return this.give(this.buffer.length, this.buffer.length, true);
  }

  /**
   * The last piece ended where it should not have (js-yaml found it cut inside a value): put it
   * back in front of the rest, which is then given out whole as the last piece.
   */
  rejoin(): void {
    const held = this.held;
    if (!held) return;
    this.buffer = held.consumed + this.buffer;
    this.line = held.line;
    this.column = held.column;
    this.first = held.first;
    this.held = null;
    this.cutting = false;
    this.givenAll = false;
  }

  private give(end: number, restart: number, last: boolean): TextPiece {
    const consumed = this.buffer.slice(0, restart);
    const region: Region = { raw: this.buffer.slice(0, end), line: this.line, column: this.column, first: this.first, consumed };
    this.held = region;
    const newline = consumed.lastIndexOf('\n');
    this.line += lines(consumed);
    this.column = newline === -1 ? this.column + restart : restart - newline - 1;
    this.buffer = this.buffer.slice(restart);
    this.scanned = Math.max(0, this.scanned - restart);
    this.first = false;
    return this.piece(region, last);
  }

  private piece(region: Region, last: boolean): TextPiece {
    const kind = this.layout === 'document' ? 'document' : 'list';
    const at = { line: region.line, column: region.column, last };
    if (this.layout !== 'flow' || region.first) return { kind, text: last || this.layout !== 'flow' ? region.raw : `${region.raw}]`, ...at, prefix: 0 };
    // A later part of a flow list is read as a list of its own: `[` + entries (+ `]` unless it runs to the end).
    return { kind, text: `[${region.raw}${last ? '' : ']'}`, ...at, prefix: 1 };
  }

  /** Where the current piece ends (a cut at or after `minPiece`), or -1 for not yet. */
  private findCut(): number {
    const cut = this.layout === 'block' ? this.blockCut() : this.flowCut();
    if (cut >= 0 && UNCUTTABLE.test(this.buffer.slice(this.first ? this.contentStart : 0, cut))) {
      this.cutting = false;
      return -1;
    }
    return cut;
  }

  /** Before a line starting with `-` and a space (or nothing): a new top-level entry. */
  private blockCut(): number {
    for (let at = this.buffer.indexOf('\n-', Math.max(this.scanned, this.minPiece - 1)); at !== -1; at = this.buffer.indexOf('\n-', at + 1)) {
      if (at + 2 >= this.buffer.length) {
        if (!this.ended) {
          this.scanned = at;
          return -1;
        }
        return at + 1;
      }
      if (/[ \t\r\n]/.test(this.buffer[at + 2]!)) return at + 1;
    }
    this.scanned = Math.max(0, this.buffer.length - 2);
    return -1;
  }

  private flowCut(): number {
    const { comma, scanned } = this.flow.scan(this.buffer, this.scanned, this.buffer.length, this.minPiece);
    this.scanned = scanned;
    return comma;
  }

  /** The layout, from the first line that is not blank, a comment, a directive or `---`. */
  private decide(): Layout {
    let at = 0;
    for (;;) {
      const lineEnd = this.buffer.indexOf('\n', at);
      const line = this.buffer.slice(at, lineEnd === -1 ? undefined : lineEnd).replace(/\r$/, '');
      const complete = lineEnd !== -1 || this.ended;
      this.contentStart = at;
      if (line.startsWith('[')) return 'flow';
      if (!complete && line.length < 4) return 'undecided';
      if (/^-(?:[ \t]|$)/.test(line)) return 'block';
      const skippable = /^\s*(?:#.*)?$/.test(line) || line.startsWith('%') || /^---(?:\s+#.*|\s*)$/.test(line);
      if (!skippable) return 'document';
      if (!complete) return 'undecided';
      if (lineEnd === -1) return 'document';
      at = lineEnd + 1;
    }
  }
}
