import type { Connection } from '@jsforce/jsforce-node/lib/connection.js';
import type { SalesforceConfig } from '../config/salesforce-config.js';
import { loadJsforce, type Jsforce } from './jsforce.js';
import { networkProblem, OrgRefusedError, OrgUnavailableError, salesforceSays } from './org-errors.js';
import { DEFAULT_ORG_RETRY, isRetryableStatus, type OrgRetry } from './retry.js';
import { isSecureUrl } from './secure-url.js';
import { requestToken, type TokenOptions } from './token-request.js';

/** An authenticated connection to one org: GETs against its instance URL. */
export interface OrgSession {
  readonly instanceUrl: string;
  readonly apiVersion: string;
  /** A path on the instance (`/services/data/…`) or an absolute URL on it; the parsed JSON body. */
  get(pathOrUrl: string): Promise<unknown>;
}

export interface SessionOptions extends TokenOptions {
  timeoutMs?: number;
}

/** An API call the org answered with an error: its status and Salesforce's `errorCode` and `message`. */
export class OrgApiError extends OrgRefusedError {}

interface ApiErrorShape {
  errorCode?: unknown;
  message?: unknown;
  name?: unknown;
}

/**
 * Signs in (the token is kept for the session's life, and fetched once more when a call answers
 * 401) and reads through jsforce's Connection: its HTTP layer adds the bearer token, retries
 * 429/5xx and network errors with backoff, and parses Salesforce's error bodies.
 */
export async function openOrgSession(config: SalesforceConfig, options: SessionOptions): Promise<OrgSession> {
  const token = await requestToken(config, options);
  const jsforce = await loadJsforce();
  let refreshFailure: Error | null = null;
  let refreshedThisCall = false;
  const connection = new jsforce.Connection({
    instanceUrl: token.instanceUrl,
    accessToken: token.accessToken,
    version: config.apiVersion,
    // jsforce would log to the console at its own level; nothing about a session is ever logged.
    logLevel: 'NONE',
    refreshFn: (_conn, callback) => {
      // Once per call (jsforce would refresh for ever): a token refused straight after it was issued will not do better a third time.
      if (refreshedThisCall) {
        refreshFailure = new OrgRefusedError('Salesforce refused a freshly issued access token too (401). Check that the app\'s user may use the API (API Enabled) and that the app is allowed for it.', 401);
        return void callback(refreshFailure);
      }
      refreshedThisCall = true;
      requestToken(config, options).then(
        (fresh) => callback(null, fresh.accessToken),
        (error: Error) => {
          refreshFailure = error;
          callback(error);
        },
      );
    },
  });
  const get = async (pathOrUrl: string): Promise<unknown> => {
    refreshFailure = null;
    refreshedThisCall = false;
    return call(jsforce, connection, onInstance(token.instanceUrl, pathOrUrl), options, () => refreshFailure);
  };
  return { instanceUrl: token.instanceUrl, apiVersion: config.apiVersion, get };
}

/** A next-page URL comes from the org's answer: it may only point back at the org. */
function onInstance(instanceUrl: string, pathOrUrl: string): string {
  const url = new URL(pathOrUrl, instanceUrl);
  if (url.origin !== instanceUrl || !isSecureUrl(url)) throw new OrgUnavailableError(`The org answered with a next page outside itself (${url.origin}); the sync stopped there.`);
  return url.href;
}

async function call(jsforce: Jsforce, connection: Connection, url: string, options: SessionOptions, refreshFailure: () => Error | null): Promise<unknown> {
  const retry: OrgRetry = options.retry ?? DEFAULT_ORG_RETRY;
  const api = new jsforce.HttpApi(connection, {
    retry: { maxRetries: retry.retries, minTimeout: retry.firstDelayMs, timeoutFactor: 2, statusCodes: [429, 500, 502, 503, 504] },
    timeout: options.timeoutMs ?? 60_000,
  });
  let status = 0;
  api.on('response', (response: { statusCode: number }) => (status = response.statusCode));
  try {
    return await api.request({ method: 'GET', url, headers: { accept: 'application/json' } });
  } catch (error) {
    throw refreshFailure() ?? asOrgError(error, status, url);
  }
}

function asOrgError(error: unknown, status: number, url: string): Error {
  const path = new URL(url).pathname;
  if (status === 0) return new OrgUnavailableError(`Could not read ${path} from the org: ${networkProblem(error)}.`, { cause: error });
  const shape = (typeof error === 'object' && error !== null ? error : {}) as ApiErrorShape;
  const errorCode = typeof shape.errorCode === 'string' ? shape.errorCode : typeof shape.name === 'string' ? shape.name : null;
  const message = typeof shape.message === 'string' ? shape.message.split('\n')[0]!.slice(0, 300) : null;
  const says = `HTTP ${status}, ${salesforceSays(errorCode, message)}`;
  if (isRetryableStatus(status)) return new OrgUnavailableError(`The org kept failing on ${path} (${says}); the next sync tries again.`, { cause: error });
  if (status === 401) return new OrgApiError(`Salesforce refused the access token on ${path} (${says}).`, status, errorCode, message);
  return new OrgApiError(`The org refused ${path} (${says}).`, status, errorCode, message);
}
