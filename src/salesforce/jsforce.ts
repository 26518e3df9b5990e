import type { Connection } from '@jsforce/jsforce-node/lib/connection.js';
import type { HttpApi } from '@jsforce/jsforce-node/lib/http-api.js';

export interface Jsforce {
  Connection: typeof Connection;
  HttpApi: typeof HttpApi;
}

let loading: Promise<Jsforce> | undefined;

/**
 * jsforce's connection and HTTP layer, loaded on first use: they take a fifth of a second to
 * load, which no command but a sync should pay. Only these two modules, not the bundle's
 * Bulk, Metadata and Streaming APIs.
 */
export function loadJsforce(): Promise<Jsforce> {
  loading ??= Promise.all([import('@jsforce/jsforce-node/lib/connection.js'), import('@jsforce/jsforce-node/lib/http-api.js')]).then(([connection, http]) => ({
    Connection: connection.Connection,
    HttpApi: http.HttpApi,
  }));
  return loading;
}
