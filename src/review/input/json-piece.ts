const enum Code {
  Quote = 34,
  OpenSquare = 91,
  Backslash = 92,
  CloseSquare = 93,
  OpenCurly = 123,
  CloseCurly = 125,
  Colon = 58,
}

// js-yaml refuses nesting of 100 or more; well below it, the JSON is handed to js-yaml to decide.
const MAX_DEPTH = 64;
const JSON_START = /^\s*[[{"]/;

/** The index of the quote that closes the string opened at `open`, in text known to be valid JSON. */
function closingQuote(text: string, open: number): number {
  for (let at = open + 1; ; at++) {
    at = text.indexOf('"', at);
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === Code.Backslash) backslashes++;
    if (backslashes % 2 === 0) return at;
  }
}

function followedByColon(text: string, at: number): boolean {
  let next = at;
  while (text.charCodeAt(next) <= 32) next++;
  return text.charCodeAt(next) === Code.Colon;
}

/**
 * Whether valid JSON `text` gives a key twice in one object (`"a"` and `"\u0061"` are the same
 * key) or nests deeper than `MAX_DEPTH`: what `JSON.parse` accepts but js-yaml refuses.
 */
function refusedByYaml(text: string): boolean {
  const open: (Set<string> | null)[] = [];
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === Code.Quote) {
      const close = closingQuote(text, at);
      const keys = open[open.length - 1];
      if (keys && followedByColon(text, close + 1)) {
        const raw = text.slice(at + 1, close);
        const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (keys.has(key)) return true;
        keys.add(key);
      }
      at = close;
    } else if (code === Code.OpenCurly || code === Code.OpenSquare) {
      if (open.push(code === Code.OpenCurly ? new Set() : null) > MAX_DEPTH) return true;
    } else if (code === Code.CloseCurly || code === Code.CloseSquare) {
      open.pop();
    }
  }
  return false;
}

/**
 * Reads a piece that is plain JSON with `JSON.parse`, several times faster than js-yaml, where
 * that gives exactly what js-yaml gives (YAML 1.2 reads JSON the same way, but refuses a key
 * given twice and deep nesting). Null for anything else, which js-yaml then reads, or refuses
 * with the line and column of the problem.
 */
export function readJson(text: string): { value: unknown } | null {
  if (!JSON_START.test(text)) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  return refusedByYaml(text) ? null : { value };
}
