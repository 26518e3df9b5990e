import { ConfigError } from '../errors.js';

/**
 * The org refused what we sent (credentials, permissions, a request it does not support): a
 * configuration problem, so the command exits 2 and the message says what to change.
 */
export class OrgRefusedError extends ConfigError {
  constructor(
    message: string,
    /** The HTTP status, when the refusal came from an API call. */
    readonly status: number | null = null,
    /** Salesforce's own `errorCode` (or the OAuth `error`), when it gave one. */
    readonly errorCode: string | null = null,
    /** Salesforce's own `message` (or `error_description`). */
    readonly said: string | null = null,
  ) {
    super(message);
  }
}

/**
 * The org could not be read right now: 429 or 5xx after the retries, a timeout, a dropped
 * connection, or a body that is not what the API documents. Nothing was written; the next sync
 * tries again. Not a configuration problem, and not a bug.
 */
export class OrgUnavailableError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'OrgUnavailableError';
  }
}

/** `errorCode: message`, as Salesforce gave them. */
export function salesforceSays(errorCode: string | null, message: string | null): string {
  return [errorCode, message].filter((part) => part !== null && part !== '').join(': ') || 'no error message';
}

/** A failed request in a few words: `fetch failed (ECONNREFUSED)`, a timeout, a reset. */
export function networkProblem(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: unknown } | undefined;
  const code = (error as { code?: unknown }).code ?? cause?.code;
  return typeof code === 'string' && !error.message.includes(code) ? `${error.message} (${code})` : error.message;
}
