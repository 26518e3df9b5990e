import type { IncomingMessage } from 'node:http';

export type BodyResult = { ok: true; value: unknown } | { ok: false; status: 400 | 413 | 415; message: string };

/** Activities are a few kilobytes; a card submission with every input is well under this. */
export const MAX_BODY_BYTES = 256 * 1024;

function isJsonType(type: string | undefined): boolean {
  return type === undefined || /^application\/([a-z.+-]*\+)?json\b/i.test(type.trim());
}

/** Reads and parses a JSON body, refusing a wrong content type, too much data or malformed JSON. */
export async function readJsonBody(req: IncomingMessage, limit: number = MAX_BODY_BYTES): Promise<BodyResult> {
  if (!isJsonType(req.headers['content-type'])) return { ok: false, status: 415, message: 'the body must be JSON (content-type: application/json)' };
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    // Keep reading (and dropping) so the connection stays usable for the answer.
    if (size <= limit) chunks.push(chunk);
  }
  if (size > limit) return { ok: false, status: 413, message: `the body is larger than ${limit} bytes` };
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return { ok: false, status: 400, message: 'the body is empty; expected an activity (JSON)' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, status: 400, message: `the body is not valid JSON (${error instanceof Error ? error.message : 'parse error'})` };
  }
}
