import type { IncomingHttpHeaders } from 'node:http';
import type { CloudAdapter, Request } from '@microsoft/agents-hosting';
import type { Logger } from '../../../src/logging/logger.js';
import { CapturedResponse } from './web-response.js';

export type Identity = NonNullable<Request['user']>;
export type AuthResult = { ok: true; identity: Identity } | { ok: false; status: number; message: string };
export type Authorizer = (headers: IncomingHttpHeaders) => Promise<AuthResult>;

/**
 * Validating a token may fetch Microsoft's signing keys; if they cannot be had in this time the
 * request is refused (401) rather than left hanging until the Bot Connector gives up.
 */
export const AUTH_TIMEOUT_MS = 10_000;

function reasonOf(body: unknown): string {
  const reason = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['jwt-auth-error'] : undefined;
  return typeof reason === 'string' ? reason : 'unauthorized';
}

/**
 * The SDK checks `exp` only when a token has one, so a token without it would never expire:
 * Bot Framework's tokens always carry it, and one without is refused.
 */
function expiring(identity: Identity, logger: Logger): AuthResult {
  if (typeof identity.exp === 'number' && Number.isFinite(identity.exp)) return { ok: true, identity };
  logger.warn('refused a Teams request whose token has no expiry (exp)');
  return { ok: false, status: 401, message: 'the token has no expiry (exp)' };
}

/**
 * The SDK's JWT middleware (`authorizeJWT`, behind `CloudAdapter.authorizeRequest`): the token's
 * signature against Microsoft's published keys, its audience (MicrosoftAppId), issuer, tenant and
 * expiry (which must be there). It runs before the body is read, writing only to a captured
 * response, so every refusal is answered here in one way.
 */
export function jwtAuthorizer(adapter: CloudAdapter, logger: Logger, timeoutMs: number = AUTH_TIMEOUT_MS): Authorizer {
  return async (headers) => {
    const request: Request = { headers, method: 'POST' };
    const captured = new CapturedResponse();
    let passed = false;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
    const checked = adapter.authorizeRequest(request, captured, () => (passed = true)).then(
      () => 'done' as const,
      (error: unknown) => {
        logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'token validation failed');
        return 'done' as const;
      },
    );
    const outcome = await Promise.race([checked, timeout]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      logger.warn({ timeoutMs }, "refused a Teams request: its token could not be validated in time (are Microsoft's signing keys reachable from this server?)");
      return { ok: false, status: 401, message: 'the token could not be validated in time' };
    }
    if (passed && request.user) return expiring(request.user, logger);
    const message = reasonOf(captured.body);
    logger.warn({ status: captured.statusCode, reason: message }, 'refused a Teams request without a valid token');
    return { ok: false, status: captured.statusCode === 200 ? 401 : captured.statusCode, message };
  };
}
