import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from '../errors.js';
import { closest } from '../review/schema/suggest.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The option as the person wrote it: `-json` is read by Node as `-j` plus letters, so find the word. */
function typedAs(flag: string, args: readonly string[]): string {
  if (flag.startsWith('--')) return flag;
  return args.find((arg) => arg.startsWith(flag) && !arg.startsWith('--'))?.split('=')[0] ?? flag;
}

/** The long option a mistyped one most likely meant (`--jsn` → `--json`, `-json` → `--json`). */
function meant(typed: string, options: Options): string | undefined {
  if (typed.length <= 2) return undefined;
  const match = closest(typed.replace(/^-+/, ''), Object.keys(options));
  return match === undefined ? undefined : `--${match}`;
}

/** Node's parser messages, in the words of this tool; the option is always quoted first in them. */
function explain(error: Error & { code?: string }, args: readonly string[], options: Options): string {
  const flag = /'(?:-\w, )?(-{1,2}[^' =]+)/.exec(error.message)?.[1] ?? '';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const typed = typedAs(flag, args);
    const hint = meant(typed, options);
    return `Unknown option ${typed}${hint ? ` (did you mean ${hint}?)` : ''}.`;
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /does not take an argument/.test(error.message) ? `${flag} takes no value; write ${flag} alone.` : `${flag} needs a value.`;
  }
  return error.message.replace(/^TypeError( \[[A-Z_]+\])?: /, '');
}

/**
 * `node:util` parseArgs in strict mode, with its errors turned into an `InputError` that says
 * what was wrong (with a "did you mean" for a mistyped option) and shows the command's usage
 * instead of a stack trace.
 */
export function parseCommandArgs<O extends Options>(args: string[], options: O, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new InputError(`${explain(error as Error, args, options)}\n\n${usage}`);
  }
}
