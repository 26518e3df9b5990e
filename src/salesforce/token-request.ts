import { z } from 'zod';
import type { SalesforceConfig } from '../config/salesforce-config.js';
import { jwtAssertion, jwtAudience, readPrivateKey } from './jwt-assertion.js';
import { networkProblem, OrgRefusedError, OrgUnavailableError, salesforceSays } from './org-errors.js';
import { DEFAULT_ORG_RETRY, delayBefore, isRetryableStatus, sleep, type OrgRetry } from './retry.js';
import { isSecureUrl } from './secure-url.js';
import { tokenAdvice } from './token-advice.js';

/** What the token endpoint gives: the bearer token and the org's own host, where every call goes. */
export interface OrgToken {
  accessToken: string;
  instanceUrl: string;
}

export interface TokenOptions {
  cwd: string;
  now?: () => Date;
  retry?: OrgRetry;
  timeoutMs?: number;
}

const tokenBody = z.object({ access_token: z.string().min(1), instance_url: z.url() });
const refusal = z.object({ error: z.string(), error_description: z.string().optional() });

/** The form the grant posts. Built for each request: a JWT assertion expires in minutes. */
function grant(config: SalesforceConfig, options: TokenOptions): URLSearchParams {
  const { auth } = config;
  if (auth.flow === 'client-credentials') return new URLSearchParams({ grant_type: 'client_credentials', client_id: auth.clientId, client_secret: auth.clientSecret });
  const key = readPrivateKey(auth.privateKeyFile, options.cwd);
  const assertion = jwtAssertion({ clientId: auth.clientId, username: auth.username, audience: jwtAudience(config.loginUrl), key, now: (options.now ?? (() => new Date()))() });
  return new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion });
}

/**
 * Asks `SF_LOGIN_URL/services/oauth2/token` for an access token with the configured flow. A
 * refusal is an OrgRefusedError with Salesforce's `error` and `error_description` and what to
 * change; 429, 5xx and network errors are retried, then an OrgUnavailableError.
 */
export async function requestToken(config: SalesforceConfig, options: TokenOptions): Promise<OrgToken> {
  const policy = options.retry ?? DEFAULT_ORG_RETRY;
  const url = `${config.loginUrl}/services/oauth2/token`;
  for (let attempt = 0; ; attempt += 1) {
    const answer = await post(url, grant(config, options), options.timeoutMs ?? 30_000);
    if ('token' in answer) return answer.token;
    if (!answer.retryable || attempt >= policy.retries) throw answer.error;
    await sleep(delayBefore(attempt + 1, policy));
  }
}

type Answer = { token: OrgToken } | { error: Error; retryable: boolean };

async function post(url: string, body: URLSearchParams, timeoutMs: number): Promise<Answer> {
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' }, body, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    return { error: new OrgUnavailableError(`Could not reach the Salesforce token endpoint ${url}: ${networkProblem(error)}.`, { cause: error }), retryable: true };
  }
  const json = await response.json().catch(() => undefined);
  if (response.ok) return tokenFrom(json, url);
  if (isRetryableStatus(response.status)) return { error: new OrgUnavailableError(`The Salesforce token endpoint ${url} answered HTTP ${response.status}.`), retryable: true };
  return { error: refused(json, response.status), retryable: false };
}

function tokenFrom(json: unknown, url: string): Answer {
  const parsed = tokenBody.safeParse(json);
  if (!parsed.success) return { error: new OrgUnavailableError(`The Salesforce token endpoint ${url} answered without an access token and instance URL.`), retryable: false };
  const instance = new URL(parsed.data.instance_url);
  if (!isSecureUrl(instance)) return { error: new OrgRefusedError(`The token names an instance URL that is not https (${instance.origin}); refusing to send the token there.`), retryable: false };
  return { token: { accessToken: parsed.data.access_token, instanceUrl: instance.origin } };
}

function refused(json: unknown, status: number): OrgRefusedError {
  const parsed = refusal.safeParse(json);
  const error = parsed.success ? parsed.data.error : `HTTP ${status}`;
  const description = parsed.success ? (parsed.data.error_description ?? '') : '';
  const advice = tokenAdvice(error, description);
  return new OrgRefusedError(`Salesforce refused the credentials (${salesforceSays(error, description || null)}).${advice ? ` ${advice}` : ''}`, status, error, description || null);
}
