import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from '../errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * `node:util` parseArgs in strict mode, with its errors turned into an `InputError`
 * that shows the command's usage instead of a stack trace.
 */
export function parseCommandArgs<O extends Options>(args: string[], options: O, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const reason = (error as Error).message.replace(/^TypeError( \[[A-Z_]+\])?: /, '');
    throw new InputError(`${reason}\n\n${usage}`);
  }
}
