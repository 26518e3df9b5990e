import { BlockScanner } from './block-scan.js';
import { FlowScanner } from './flow-scan.js';
import { TextQueue } from './text-queue.js';
import { countLines } from '../../text/count-lines.js';

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

/** Where a cut may go in a chunk of text (`BlockScanner`, `FlowScanner`). */
interface Scanner {
  scan(text: string, from: number, end: number, cutFrom: number): { cut: number; scanned: number };
}

// An anchor (`&name`) stands at the start of a node, and its aliases may follow in any later
// entry; a document marker (`---`, `...`) after the first entry starts a second document, which
// js-yaml must see with the first to refuse it. A list is not cut after either; a false alarm
// ("a &b" in a quoted value) only stops cutting.
const ANCHOR = /(?:^|[\s[{,:])&[^\s,[\]{}]/;
const DOCUMENT_MARKER = /(?:^|\n)(?:---|\.\.\.)(?:[ \t\r\n]|$)/;

/** Whether `text` has an anchor or a document marker; the plain searches first, as most pieces have neither character. */
function uncuttable(text: string): boolean {
  return (text.includes('&') && ANCHOR.test(text)) || ((text.includes('--') || text.includes('..')) && DOCUMENT_MARKER.test(text));
}

// Comments, directives and `---` before the first entry; a file that has more than this of
// them is read whole, rather than looked through again as each chunk arrives.
const MAX_PREAMBLE = 1024 * 1024;


/**
 * Cuts a stream file into pieces as its text arrives, so that a list of any length is read an
 * entry at a time and never held whole: a block list (`- name: …` at the left margin) before
 * a line that starts a new entry, a flow list (`[…]`, JSON) at a comma between entries. Any
 * other file is one piece. Pieces are at least `minPiece` characters, so js-yaml is called a
 * few thousand times for a large file, not once per entry. Each chunk is scanned once, on its
 * own, and the text not yet given out is kept as it came (`TextQueue`), so time stays linear
 * even in a piece of 100 MB.
 */
export class ListCutter {
  private layout: Layout = 'undecided';
  /** The text not yet given out, from file offset `bufferStart`. */
  private readonly buffer = new TextQueue();
  private bufferStart = 0;
  private line = 1;
  private column = 0;
  private first = true;
  private cutting = true;
  private ended = false;
  private givenAll = false;
  /** Where the first entry starts, after comments, directives and `---` (in the first piece). */
  private contentStart = 0;
  private held: Region | null = null;
  private scanner: Scanner | null = null;
  /** Chunks not yet scanned for a cut; `scanText` is being scanned from `scanAt`, and starts at file offset `scanBase`. */
  private readonly queue: string[] = [];
  private scanText = '';
  private scanBase = 0;
  private scanAt = 0;

  constructor(private readonly minPiece = 16 * 1024) {}

  push(chunk: string): void {
    const text = this.first && this.buffer.length === 0 && chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk;
    this.buffer.push(text);
    this.queue.push(text);
  }

  /** No more text will come. */
  end(): void {
    this.ended = true;
  }

  /** The next piece, or null until more text comes (after `end()`, null when all is given out). */
  next(): TextPiece | null {
    if (this.layout === 'undecided') this.decide();
    if (this.layout === 'undecided') return null;
    const cut = this.cutting && this.scanner ? this.findCut() : null;
    if (cut) return this.give(cut.end, cut.restart, false);
    // The last piece: a block list may end exactly at a cut, but a flow list's closing `]` is always still to come.
    if (!this.ended || this.givenAll || (this.buffer.length === 0 && !this.first && this.layout === 'block')) return null;
    this.givenAll = true;
    return this.give(this.buffer.length, this.buffer.length, true);
  }

  /**
   * The last piece may have been cut where it should not have been (it did not parse): put it
   * back in front of the rest, which is then given out whole as the last piece.
   */
  rejoin(): void {
    const held = this.held;
    if (!held) return;
    this.buffer.unshift(held.consumed);
    this.bufferStart -= held.consumed.length;
    this.line = held.line;
    this.column = held.column;
    this.first = held.first;
    this.held = null;
    this.cutting = false;
    this.givenAll = false;
  }

  private give(end: number, restart: number, last: boolean): TextPiece {
    const raw = this.buffer.take(end);
    const consumed = raw + this.buffer.take(restart - end);
    const region: Region = { raw, line: this.line, column: this.column, first: this.first, consumed };
    this.held = region;
    const newline = consumed.lastIndexOf('\n');
    this.line += countLines(consumed);
    this.column = newline === -1 ? this.column + restart : restart - newline - 1;
    this.bufferStart += restart;
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

  /** Where the current piece ends and the next starts (relative to the buffer), at or after `minPiece`; null for not yet. */
  private findCut(): { end: number; restart: number } | null {
    const at = this.scanForCut();
    if (at < 0) return null;
    const end = at - this.bufferStart;
    if (uncuttable(this.buffer.peek(end).slice(this.first ? this.contentStart : 0))) {
      this.cutting = false;
      return null;
    }
    // A flow list is cut at a comma, which neither piece keeps; a block list before the entry's `-`.
    return { end, restart: this.layout === 'flow' ? end + 1 : end };
  }

  /** The file offset of the next cut, scanning each chunk once; -1 when the chunks so far have none. */
  private scanForCut(): number {
    const scanner = this.scanner!;
    for (;;) {
      const { cut, scanned } = scanner.scan(this.scanText, this.scanAt, this.scanText.length, this.bufferStart + this.minPiece - this.scanBase);
      this.scanAt = scanned;
      if (cut >= 0) return this.scanBase + cut;
      const chunk = this.queue.shift();
      if (chunk === undefined) return -1;
      // What the scanner left (a character whose meaning depends on the next) goes in front of the next chunk.
      const left = this.scanText.slice(this.scanAt);
      this.scanBase += this.scanAt;
      this.scanText = left + chunk;
      this.scanAt = 0;
    }
  }

  /** The layout, from the first line that is not blank, a comment, a directive or `---`. */
  private decide(): void {
    this.layout = this.layoutFromStart();
    if (this.layout === 'undecided' && this.buffer.length > MAX_PREAMBLE) this.layout = 'document';
    if (this.layout === 'block') this.scanner = new BlockScanner();
    if (this.layout === 'flow') this.scanner = new FlowScanner();
  }

  private layoutFromStart(): Layout {
    const text = this.buffer.peek(this.buffer.length);
    for (let at = this.contentStart; ; ) {
      const lineEnd = text.indexOf('\n', at);
      const line = text.slice(at, lineEnd === -1 ? undefined : lineEnd).replace(/\r$/, '');
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

/** The pieces of a text that arrives in chunks, as `cutter` cuts them (the last ones once the text has ended). */
export async function* cutPieces(chunks: AsyncIterable<string>, cutter: ListCutter): AsyncGenerator<TextPiece> {
  for await (const chunk of chunks) {
    cutter.push(chunk);
    for (let piece = cutter.next(); piece; piece = cutter.next()) yield piece;
  }
  cutter.end();
  for (let piece = cutter.next(); piece; piece = cutter.next()) yield piece;
}
