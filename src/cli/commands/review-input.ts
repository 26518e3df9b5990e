import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from '../../errors.js';
import { parseStreamsText, type StreamFile } from '../../review/input/file.js';
import { parseInlineWords } from '../../review/input/inline.js';
import type { CliIo } from '../io.js';
import { readAll } from '../read-lines.js';

async function readText(file: string, io: CliIo): Promise<string> {
  if (file === '-') return readAll(io.stdin);
  try {
    return await readFile(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : (error as Error).message;
    throw new InputError(`Cannot read ${file}: ${reason}.`, [{ path: 'file', message: reason }]);
  }
}

/** The streams to review: from `--file FILE` (`-` for standard input) or from `key=value` words, never both. */
export async function readReviewInput(file: string | undefined, words: readonly string[], io: CliIo, usage: string): Promise<StreamFile> {
  if (file !== undefined && words.length > 0) {
    throw new InputError(`Give the stream either with --file or as key=value words, not both.\n\n${usage}`);
  }
  if (file !== undefined) return parseStreamsText(await readText(file, io), file === '-' ? 'standard input' : file);
  if (words.length === 0) throw new InputError(`review needs a stream: --file FILE, --file - for standard input, or key=value words.\n\n${usage}`);
  return { streams: [parseInlineWords(words)], isList: false };
}
