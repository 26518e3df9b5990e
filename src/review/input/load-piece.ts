import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import type { InputError } from '../../errors.js';
import { countLines } from '../../text/count-lines.js';
import { readJson } from './json-piece.js';
import { yamlSyntaxError, type PieceOrigin } from './syntax-error.js';

function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: countLines(before), column: offset - lineStart };
}

export type Loaded = { ok: true; value: unknown } | { ok: false; error: InputError };

/**
 * Parses YAML (JSON included) with js-yaml, in time linear in the text. The core schema reads
 * what YAML 1.2 means by default: `2026-01-31` stays text, and no tag builds anything but
 * text, numbers, booleans, null, lists and mappings. A key given twice is an error, as is
 * nesting deeper than 100. Plain JSON is read by `JSON.parse` where that gives the same value.
 */
export function loadPiece(text: string, origin: PieceOrigin, source: string): Loaded {
  const json = readJson(text);
  if (json) return { ok: true, value: json.value };
  try {
    // No onWarning: with one, js-yaml builds an error (a scan of the whole text) for every
    // warning, such as each line of a quoted value that wraps to the margin; without, it skips them.
    return { ok: true, value: load(text, { schema: CORE_SCHEMA }) };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const mark = error.mark as YAMLException['mark'] | undefined;
    // An error at the end (a value left open) is shown just after the last thing written, not on a blank line js-yaml adds.
    const atEnd = mark !== undefined && text.slice(mark.position).trim() === '';
    const at = mark && (atEnd ? positionOf(text, text.trimEnd().length) : mark);
    return { ok: false, error: yamlSyntaxError(source, error.reason, { text, origin }, at) };
  }
}
