import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Env } from '../../config/load-env.js';
import { ConfigError } from '../../errors.js';
import { parsePolicy } from './parse.js';
import type { Policy } from './policy.js';

/** The policy file to use: `--policy` wins over `INGEST_REVIEW_POLICY`; none means the spec's defaults. */
export function policyPath(flag: string | undefined, env: Env): string | undefined {
  const chosen = flag ?? env.INGEST_REVIEW_POLICY;
  return chosen === undefined || chosen.trim() === '' ? undefined : chosen.trim();
}

/** Reads and validates a team policy file (YAML or JSON). Throws `ConfigError` naming the file. */
export function loadPolicy(path: string, cwd: string): Policy {
  const file = resolve(cwd, path);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : (error as Error).message;
    throw new ConfigError(`Cannot read the team policy ${path}: ${reason}. Check --policy or INGEST_REVIEW_POLICY.`);
  }
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (error) {
    throw new ConfigError(`The team policy ${path} is not valid YAML: ${(error as Error).message}`);
  }
  return parsePolicy(value, path);
}
