import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { z } from 'zod';
import { ConfigError } from '../errors.js';

export type Env = Readonly<Record<string, string | undefined>>;

/**
 * The process environment with `.env` (in the working directory) filled in underneath it:
 * a variable set in the real environment always wins over the file.
 */
export function readEnv(cwd: string = process.cwd(), env: Env = process.env): Env {
  const file = `${cwd}/.env`;
  if (!existsSync(file)) return env;
  let fromFile: Record<string, string>;
  try {
    fromFile = parseEnv(readFileSync(file, 'utf8')) as Record<string, string>;
  } catch (error) {
    throw new ConfigError(`Could not read ${file}: ${(error as Error).message}. Fix or remove the file.`);
  }
  return { ...fromFile, ...env };
}

/**
 * Parses the variables a command needs with a zod object schema whose keys are variable names.
 * Empty strings count as unset, so `FOO=` in a .env falls back to the default. A value is shown
 * in the error as `shown` writes it (a URL without its password), else as given.
 */
export function parseEnvSection<S extends z.ZodObject>(schema: S, env: Env, shown: Readonly<Record<string, (value: string) => string>> = {}): z.infer<S> {
  const picked: Record<string, string | undefined> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = env[key];
    picked[key] = value === undefined || value.trim() === '' ? undefined : value.trim();
  }
  const result = schema.safeParse(picked);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? '');
    const value = picked[name] ?? '';
    return { path: name, message: `${name}=${JSON.stringify(shown[name] && value !== '' ? shown[name](value) : value)}: ${issue.message}` };
  });
  const names = [...new Set(issues.map((i) => i.path))].join(', ');
  throw new ConfigError(
    `Invalid configuration in ${names}:\n${issues.map((i) => `  - ${i.message}`).join('\n')}\nSet the variable(s) in the environment or .env (see the README's configuration table).`,
    issues,
  );
}

/** A positive whole number given as text, e.g. `PORT=3978`. */
export function wholeNumberVar(min: number, max: number, fallback: number) {
  return z
    .string()
    .regex(/^\d+$/, { message: `must be a whole number from ${min} to ${max}` })
    .transform(Number)
    .refine((n) => n >= min && n <= max, { message: `must be a whole number from ${min} to ${max}` })
    .optional()
    .transform((n) => n ?? fallback);
}
