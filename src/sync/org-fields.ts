import { z } from 'zod';

/**
 * Lenient readers for the org's fields: every field is optional and a value of the wrong type
 * counts as absent, so one odd record never stops a sync. Open enums stay text.
 */
export const text = z.string().trim().min(1).optional().catch(undefined);

/** A whole count (rows): a JSON number, or the same as text. */
export const count = z.union([z.number(), z.string().regex(/^\d+(\.0+)?$/).transform(Number)]).pipe(z.number().finite().nonnegative()).transform(Math.round).optional().catch(undefined);

// Salesforce writes 2026-12-03T06:00:00.000+0000; a bare number or word is not a time.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

export const dateTime = z
  .string()
  .regex(DATE_TIME)
  .transform((value) => new Date(value))
  .refine((date) => !Number.isNaN(date.getTime()))
  .optional()
  .catch(undefined);

/** An object whose own fields are read leniently; anything else counts as absent. */
export const optionalObject = <S extends z.ZodRawShape>(shape: S) => z.object(shape).optional().catch(undefined);
