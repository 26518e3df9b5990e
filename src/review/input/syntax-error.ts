import { InputError } from '../../errors.js';

/** Where a piece of a file starts in it (see `TextPiece`), and how many characters were added in front. */
export interface PieceOrigin {
  line: number;
  column: number;
  prefix: number;
}

/** A position in a piece as js-yaml reports it: 0-based line and column, counted in UTF-16 units. */
export interface PiecePosition {
  line: number;
  column: number;
}

const WINDOW = 72;

/** The caret line under `column` of `text`: tabs kept so it lines up, every other character a space. */
function caretUnder(text: string, column: number): string {
  return `${[...text.slice(0, column)].map((char) => (char === '\t' ? '\t' : ' ')).join('')}^`;
}

/** The offending line, cut to a window around the column when it is long, with the caret under it. */
function snippet(lineNumber: number, text: string, column: number, midLine: boolean): string {
  const start = Math.max(0, Math.min(column - WINDOW / 2, text.length - WINDOW));
  const before = start > 0 || midLine ? '…' : '';
  const shown = `${before}${text.slice(start, start + WINDOW)}${start + WINDOW < text.length ? '…' : ''}`;
  const gutter = `${lineNumber} | `;
  return `${gutter}${shown}\n${' '.repeat(gutter.length - 2)}| ${caretUnder(shown, before.length + column - start)}`;
}

/** The text of line `line` (0-based) of `text`, without its line break. */
function lineOf(text: string, line: number): string {
  let start = 0;
  for (let n = 0; n < line && start !== -1; n++) start = text.indexOf('\n', start) + 1 || -1;
  if (start === -1) return '';
  const end = text.indexOf('\n', start);
  return text.slice(start, end === -1 ? undefined : end).replace(/\r$/, '');
}

/**
 * A YAML syntax error as a person can act on it: the file's line and column (counted in
 * characters), js-yaml's reason, and the line itself with a caret under the problem.
 */
export function yamlSyntaxError(source: string, reason: string, piece: { text: string; origin: PieceOrigin }, at: PiecePosition | undefined): InputError {
  const cause = reason.replace(/\.$/, '');
  if (!at) return new InputError(`${source} is not valid YAML or JSON: ${cause}.`, [{ path: '', message: cause }]);
  const { origin } = piece;
  const firstLine = at.line === 0;
  // The piece's first line may start mid-line in the file, behind characters added in front.
  const text = lineOf(piece.text, at.line).slice(firstLine ? origin.prefix : 0);
  const column = Math.max(0, at.column - (firstLine ? origin.prefix : 0));
  const line = origin.line + at.line;
  const where = `line ${line.toLocaleString('en')}, column ${((firstLine ? origin.column : 0) + [...text.slice(0, column)].length + 1).toLocaleString('en')}`;
  const message = `${where}: ${cause}`;
  return new InputError(`${source} is not valid YAML or JSON at ${message}.\n${snippet(line, text, column, firstLine && origin.column > 0)}`, [{ path: '', message }]);
}
