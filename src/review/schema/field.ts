import { z } from 'zod';
import { inputSpec } from '../input-catalogue.js';
import type { InputKey } from '../stream-description.js';
import { MISSING_MARK } from './issues.js';
import type { Parsed } from './values.js';

type Parser<T> = (key: string, input: unknown) => Parsed<T>;

function apply<T>(key: string, parse: Parser<T>, input: unknown, ctx: z.RefinementCtx): T {
  const parsed = parse(key, input);
  if (parsed.ok) return parsed.value;
  ctx.addIssue({ code: 'custom', message: parsed.problem, input });
  return z.NEVER;
}

function missing(key: InputKey): string {
  const spec = inputSpec(key);
  const values = spec.values ? `; one of ${spec.values.join(', ')}` : '';
  return `${key}${MISSING_MARK}${spec.help}${values}.`;
}

// Each field is a bare z.transform, not z.unknown().transform(): that is a pipe of two schemas, and
// the extra stage cost more than the checks themselves on every command. Issues and paths are the same.

/** A value that must be given; `null` (an empty YAML value) counts as not given. */
export function requiredValue<T>(key: string, parse: Parser<T>, missingMessage: string) {
  return z.transform((input: unknown, ctx): T => {
    if (input === undefined || input === null) {
      ctx.addIssue({ code: 'custom', message: missingMessage, input });
      return z.NEVER;
    }
    return apply(key, parse, input, ctx);
  });
}

/** A key every stream description must give. */
export function requiredField<T>(key: InputKey, parse: Parser<T>) {
  return requiredValue(key, parse, missing(key));
}

/** A key that may be left out; `null` (an empty YAML value) counts as left out. */
export function optionalField<T>(key: string, parse: Parser<T>) {
  return z.transform((input: unknown, ctx): T | undefined => (input === null ? undefined : apply(key, parse, input, ctx))).optional();
}
