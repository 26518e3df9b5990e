/**
 * A fast reader for the plain YAML that stream files are written in: one block mapping, or a
 * block sequence of them, with one-line scalars, `[a, b]` lists and `- item` lists. The `yaml`
 * package needs about 0.4 ms a stream, too slow for 10,000 streams in a second; this reads the
 * common case in a fraction of that. It returns `undefined` for anything beyond that subset
 * (comments after values, anchors, multi-line or escaped strings, floats, duplicate keys, …),
 * and the caller then uses the `yaml` package, so it never changes what a file means: a
 * property test holds it to the `yaml` package's result wherever it answers.
 */
type Scalar = string | number | boolean | null;
type Value = Scalar | Scalar[];
export type PlainMapping = Record<string, Value>;

// Printable characters only: tabs, control characters, line separators, BOMs and lone surrogates go to `yaml`.
const UNUSUAL = /[^\n\x20-\x7E\u00A0-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD\u{10000}-\u{10FFFF}]/u;
const ENTRY = /^([A-Za-z_][A-Za-z0-9_-]{0,99}):(?: +(.*))?$/;
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
// YAML 1.2 core-schema numbers other than plain decimal integers: left to `yaml`.
const OTHER_NUMBER = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

class Unsupported extends Error {}
const unsupported = (): never => {
  throw new Unsupported();
};

function plain(raw: string): Scalar {
  // An empty value ("- " with nothing after it) is YAML's null, not an empty string.
  if (raw === '') return null;
  if (raw.includes(' #') || raw.includes(': ') || raw.endsWith(':') || INDICATOR.test(raw)) unsupported();
  if (/^(?:~|null|Null|NULL)$/.test(raw)) return null;
  if (/^(?:true|True|TRUE)$/.test(raw)) return true;
  if (/^(?:false|False|FALSE)$/.test(raw)) return false;
  if (/^[0-9]+$/.test(raw)) return Number(raw);
  if (OTHER_NUMBER.test(raw)) unsupported();
  return raw;
}

function scalar(raw: string): Scalar {
  if (raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"')) {
    const inner = raw.slice(1, -1);
    return inner.includes('"') || inner.includes('\\') ? unsupported() : inner;
  }
  if (raw.length >= 2 && raw.startsWith("'") && raw.endsWith("'")) {
    const inner = raw.slice(1, -1);
    return inner.replace(/''/g, '').includes("'") ? unsupported() : inner.replace(/''/g, "'");
  }
  return plain(raw);
}

function flowList(raw: string): Scalar[] {
  const inner = raw.slice(1, -1).trim();
  if (inner === '') return [];
  if (/[[\]{}"'#:]/.test(inner)) unsupported();
  return inner.split(',').map((item) => (item.trim() === '' ? unsupported() : plain(item.trim())));
}

/** A value written on its key's line: a `[a, b]` list or one scalar. */
function inlineValue(raw: string): Value {
  if (!raw.startsWith('[')) return scalar(raw);
  return raw.endsWith(']') ? flowList(raw) : unsupported();
}

const indentOf = (line: string): number => line.length - line.trimStart().length;
const isContent = (line: string): boolean => line.trim() !== '' && !line.trimStart().startsWith('#');

class Reader {
  private at = 0;
  constructor(private readonly lines: readonly string[]) {}

  /** The next line that is not blank or a whole-line comment, without consuming it. */
  peek(): string | undefined {
    while (this.at < this.lines.length && !isContent(this.lines[this.at]!)) this.at++;
    return this.lines[this.at];
  }

  take(): string {
    return this.lines[this.at++]!;
  }

  /** `- item` lines under a `key:` with no value, at one indentation at least the key's. */
  blockList(minIndent: number): Scalar[] | null {
    const first = this.peek();
    if (first === undefined || indentOf(first) < minIndent || !first.trimStart().startsWith('- ')) return null;
    const indent = indentOf(first);
    const items: Scalar[] = [];
    for (let line = this.peek(); line !== undefined && indentOf(line) === indent && line.trimStart().startsWith('- '); line = this.peek()) {
      items.push(scalar(this.take().trim().slice(2).trim()));
    }
    return items;
  }

  /** A block mapping whose first entry may already have been read off its `- ` line. */
  mapping(indent: number, first?: string): PlainMapping {
    const out: PlainMapping = {};
    let content = first;
    for (;;) {
      if (content === undefined) {
        const line = this.peek();
        if (line === undefined || indentOf(line) < indent) return out;
        if (indentOf(line) > indent) unsupported();
        content = this.take().slice(indent);
      }
      const [, key, raw] = ENTRY.exec(content.trimEnd()) ?? unsupported();
      if (Object.hasOwn(out, key!) || key === '__proto__') unsupported();
      out[key!] = raw === undefined || raw.trim() === '' ? this.blockList(indent) : inlineValue(raw.trimEnd());
      content = undefined;
    }
  }

  list(): PlainMapping[] {
    const items: PlainMapping[] = [];
    for (let line = this.peek(); line !== undefined; line = this.peek()) {
      if (!line.startsWith('- ') || line[2] === ' ') unsupported();
      items.push(this.mapping(2, this.take().slice(2)));
    }
    return items;
  }
}

/** The file's value if it is written in the plain subset, else `undefined` (use the `yaml` package). */
export function readPlainYaml(text: string): PlainMapping | PlainMapping[] | undefined {
  const unix = text.replace(/\r\n/g, '\n');
  if (UNUSUAL.test(unix)) return undefined;
  const reader = new Reader(unix.split('\n'));
  try {
    const first = reader.peek();
    if (first === undefined || indentOf(first) > 0) return undefined;
    const value = first.startsWith('- ') ? reader.list() : reader.mapping(0);
    return reader.peek() === undefined ? value : undefined;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}
