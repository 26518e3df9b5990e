import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { inputConfig, MAX_FILE_VARIABLE, megabytes } from '../../config/input-config.js';
import type { Env } from '../../config/load-env.js';
import { ConfigError } from '../../errors.js';
import { AliasBound } from '../input/alias-bound.js';
import { loadPiece } from '../input/load-piece.js';
import { parsePolicy } from './parse.js';
import type { Policy } from './policy.js';

/** The policy file to use: `--policy` wins over `INGEST_REVIEW_POLICY`; none means the spec's defaults. */
export function policyPath(flag: string | undefined, env: Env): string | undefined {
  const chosen = flag ?? env.INGEST_REVIEW_POLICY;
  return chosen === undefined || chosen.trim() === '' ? undefined : chosen.trim();
}

function readPolicyText(path: string, file: string, maxBytes: number): string {
  try {
    const size = statSync(file).size;
    if (size > maxBytes) {
      throw new ConfigError(`The team policy ${path} is ${megabytes(size)}, over the ${megabytes(maxBytes)} limit on input files; check --policy or INGEST_REVIEW_POLICY, or raise ${MAX_FILE_VARIABLE}.`);
    }
    return readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : (error as Error).message;
    throw new ConfigError(`Cannot read the team policy ${path}: ${reason}. Check --policy or INGEST_REVIEW_POLICY.`);
  }
}

/**
 * Reads and validates a team policy file (YAML or JSON), no larger than the input-file limit
 * of `env`. Throws `ConfigError` naming the file (and, for a syntax error, the line).
 */
export function loadPolicy(path: string, cwd: string, env: Env = {}): Policy {
  const text = readPolicyText(path, resolve(cwd, path), inputConfig(env).maxFileBytes);
  const loaded = loadPiece(text, { line: 1, column: 0, prefix: 0 }, `The team policy ${path}`);
  if (!loaded.ok) throw new ConfigError(loaded.error.message, loaded.error.issues);
  const aliased = text.includes('*') ? new AliasBound().problem(loaded.value) : null;
  if (aliased) throw new ConfigError(`The team policy ${path} ${aliased}; write its values out.`);
  return parsePolicy(loaded.value, path);
}
