/**
 * Finds the commas between the entries of a YAML flow sequence (`[a, {b: 1}, "c, d"]`, and so
 * every JSON array) a chunk at a time, skipping quoted scalars and comments. It only proposes
 * where a list may be cut: if it is wrong (in syntax it does not follow), the part before the
 * cut fails to parse, and the reader then parses the rest whole (see `readEntries`). Missing a
 * place to cut only makes a part longer.
 */
const enum Code {
  Tab = 9,
  Newline = 10,
  Return = 13,
  Space = 32,
  Bang = 33,
  Double = 34,
  Hash = 35,
  Ampersand = 38,
  Single = 39,
  Comma = 44,
  Colon = 58,
  Question = 63,
  OpenSquare = 91,
  Backslash = 92,
  CloseSquare = 93,
  OpenCurly = 123,
  CloseCurly = 125,
}

const isSpace = (code: number): boolean => code === Code.Space || code === Code.Tab || code === Code.Newline || code === Code.Return;
const isFlowIndicator = (code: number): boolean => code === Code.Comma || code === Code.OpenSquare || code === Code.CloseSquare || code === Code.OpenCurly || code === Code.CloseCurly;
// What ends or escapes a quoted scalar: found with a search, as most of a JSON file is quoted text.
const DOUBLE_QUOTED_END = /["\\]/g;
const SINGLE_QUOTED_END = /'/g;

/** Where the next character that matters inside a quoted scalar is, or `end`. */
function nextInQuote(text: string, at: number, end: number, quote: number): number {
  const pattern = quote === Code.Double ? DOUBLE_QUOTED_END : SINGLE_QUOTED_END;
  pattern.lastIndex = at;
  const found = pattern.exec(text);
  return found === null || found.index >= end ? end : found.index;
}

/** Characters whose meaning depends on the one after them (an escape, `''`, `: ` against `a:b`). */
const needsNext = (code: number, quote: number): boolean =>
  quote === 0 ? code === Code.Colon || code === Code.Question : code === Code.Backslash || code === Code.Single;

export class FlowScanner {
  /** Open `[`/`{` around the scan position: 1 inside the top-level list. */
  depth = 0;
  /** The top-level list's closing bracket has been passed. */
  closed = false;
  private quote = 0;
  private comment = false;
  /** At the start of a node, where a quote opens a quoted scalar (inside a plain one it is a letter). */
  private nodeStart = true;
  /** Inside an anchor or a tag (`&a`, `!t`), which keeps the node start. */
  private property = false;
  /** Just after a quoted scalar or a collection: a `:` there is a value indicator even without a space (`"a":"b"`). */
  private jsonKey = false;
  private previous = Code.Newline;
  /** Something stands between the last top-level comma (or the opening `[`) and here: `[a,,b]` is not cut at its second comma. */
  private entry = false;

  /**
   * Scans `text` from `from` up to `end` and returns the index of the first top-level comma at
   * or after `cutFrom`, or -1. Stops one character short when the last one needs the next;
   * `scanned` says where it stopped.
   */
  scan(text: string, from: number, end: number, cutFrom: number): { cut: number; scanned: number } {
    let at = from;
    for (; at < end && !this.closed; at++) {
      if (this.quote !== 0) at = nextInQuote(text, at, end, this.quote);
      if (at >= end) break;
      const code = text.charCodeAt(at);
      if (at + 1 >= end && !this.comment && needsNext(code, this.quote)) break;
      const next = text.charCodeAt(at + 1);
      if (this.quote !== 0) {
        if (code === Code.Backslash && this.quote === Code.Double) at++;
        else if (code === Code.Single && next === Code.Single && this.quote === Code.Single) at++;
        else if (code === this.quote) this.endQuote(code);
        continue;
      }
      if (this.comment) {
        if (code === Code.Newline || code === Code.Return) this.comment = false;
      } else if (this.structural(code, next) && this.depth === 1 && at >= cutFrom) {
        this.previous = code;
        return { cut: at, scanned: at + 1 };
      }
      this.previous = code;
    }
    return { cut: -1, scanned: at };
  }

  private endQuote(code: number): void {
    this.quote = 0;
    this.nodeStart = false;
    this.jsonKey = true;
    this.previous = code;
  }

  /** Reads one character outside quotes and comments; true for a comma that ends a top-level entry. */
  private structural(code: number, next: number): boolean {
    if (isSpace(code)) {
      this.property = false;
      return false;
    }
    if (code === Code.Hash && isSpace(this.previous)) {
      this.comment = true;
      return false;
    }
    const entryBefore = this.entry;
    this.entry = this.depth >= 1 && !(code === Code.Comma && this.depth === 1);
    if (this.property && !isFlowIndicator(code)) return false;
    this.property = false;
    const jsonKey = this.jsonKey;
    this.jsonKey = false;
    if ((code === Code.Double || code === Code.Single) && this.nodeStart) {
      this.quote = code;
      return false;
    }
    if ((code === Code.Ampersand || code === Code.Bang) && this.nodeStart) {
      this.property = true;
      return false;
    }
    if (code === Code.OpenSquare || code === Code.OpenCurly) this.depth++;
    else if (code === Code.CloseSquare || code === Code.CloseCurly) {
      this.depth--;
      this.jsonKey = true;
      if (this.depth <= 0) this.closed = true;
    }
    // `:` and `?` are indicators before a space or a flow indicator (or after a JSON-like key); in `a:b` they are letters.
    const indicator = (code === Code.Colon && jsonKey) || ((code === Code.Colon || code === Code.Question) && (isSpace(next) || isFlowIndicator(next)));
    this.nodeStart = code === Code.OpenSquare || code === Code.OpenCurly || code === Code.Comma || indicator;
    return code === Code.Comma && entryBefore;
  }
}
