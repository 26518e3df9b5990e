import { createPrivateKey, sign, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError } from '../errors.js';
import { isLoopback } from './secure-url.js';

/** Salesforce accepts an assertion for at most a few minutes; three is its own example. */
const LIFETIME_S = 180;

const base64url = (text: string): string => Buffer.from(text).toString('base64url');

/** SF_PRIVATE_KEY_FILE as a key; an unreadable or non-key file is a ConfigError naming the variable (never its content). */
export function readPrivateKey(file: string, cwd: string): KeyObject {
  let pem: Buffer;
  try {
    pem = readFileSync(resolve(cwd, file));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new ConfigError(`Invalid configuration in SF_PRIVATE_KEY_FILE: cannot read ${file} (${reason}).`, [{ path: 'SF_PRIVATE_KEY_FILE', message: reason }]);
  }
  try {
    return createPrivateKey(pem);
  } catch {
    throw new ConfigError(
      `Invalid configuration in SF_PRIVATE_KEY_FILE: ${file} is not a PEM private key. Give the key whose certificate is uploaded to the connected app (e.g. server.key from openssl).`,
      [{ path: 'SF_PRIVATE_KEY_FILE', message: 'is not a PEM private key' }],
    );
  }
}

/**
 * The `aud` claim: Salesforce wants its login server, not the My Domain the token is asked of
 * (test.salesforce.com for a sandbox). A stand-in on this machine is its own audience.
 */
export function jwtAudience(loginUrl: string): string {
  const url = new URL(loginUrl);
  if (isLoopback(url)) return url.origin;
  return url.hostname === 'test.salesforce.com' || url.hostname.endsWith('.sandbox.my.salesforce.com') ? 'https://test.salesforce.com' : 'https://login.salesforce.com';
}

/** A signed (RS256) assertion for the JWT bearer flow: issued by the app, about the user, for the login server. */
export function jwtAssertion(claims: { clientId: string; username: string; audience: string; key: KeyObject; now: Date }): string {
  const header = base64url(JSON.stringify({ alg: 'RS256' }));
  const body = base64url(JSON.stringify({ iss: claims.clientId, sub: claims.username, aud: claims.audience, exp: Math.floor(claims.now.getTime() / 1000) + LIFETIME_S }));
  const signature = sign('RSA-SHA256', Buffer.from(`${header}.${body}`), claims.key).toString('base64url');
  return `${header}.${body}.${signature}`;
}
