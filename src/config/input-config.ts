import { z } from 'zod';
import { parseEnvSection, wholeNumberVar, type Env } from './load-env.js';

/** The variable that raises (or lowers) the size limit on stream and policy files. */
export const MAX_FILE_VARIABLE = 'INGEST_ADVISOR_MAX_FILE_MB';

const MB = 1024 * 1024;

// 200 MB holds 300,000 stream descriptions in YAML or indented JSON. A list is read an entry
// at a time, so its size costs time, not memory; the limit bounds what a mistaken or hostile
// input (a disk image, a 10 GB log) can cost before it is refused.
const inputSchema = z.object({
  [MAX_FILE_VARIABLE]: wholeNumberVar(1, 500, 200),
  INGEST_ADVISOR_WORKERS: z
    .string()
    .regex(/^\d+$/, { message: 'must be a whole number from 0 to 16' })
    .transform(Number)
    .refine((n) => n <= 16, { message: 'must be a whole number from 0 to 16' })
    .optional(),
});

export interface InputConfig {
  /** Input files larger than this are refused before they are read. */
  maxFileBytes: number;
  /** Worker threads for reviewing a large list (`--json`); undefined: decide by the file's size and the machine's cores. */
  workers: number | undefined;
}

export function inputConfig(env: Env): InputConfig {
  const parsed = parseEnvSection(inputSchema, env);
  return { maxFileBytes: parsed[MAX_FILE_VARIABLE] * MB, workers: parsed.INGEST_ADVISOR_WORKERS };
}

/** A byte count as people read file sizes: `312 MB`, `1.05 MB`, and a limit of whole megabytes as `200 MB`. */
export function megabytes(bytes: number): string {
  const mb = bytes / MB;
  if (Number.isInteger(mb) || mb >= 10) return `${Math.round(mb).toLocaleString('en')} MB`;
  return `${mb.toFixed(2)} MB`;
}
