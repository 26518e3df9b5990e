import { generateKeyPairSync, sign } from 'node:crypto';

const base64url = (value: Buffer | string): string => Buffer.from(value).toString('base64url');

/**
 * A JWT shaped like the Bot Framework's, signed RS256 with a key generated here: nothing trusts
 * this key, so a server that validates tokens must refuse it.
 */
export function forgedToken(claims: Record<string, unknown>): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const now = Math.floor(Date.now() / 1000);
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: 'forged-key-1' }));
  const payload = base64url(JSON.stringify({ iss: 'https://api.botframework.com', nbf: now - 60, iat: now - 60, exp: now + 3600, ...claims }));
  const signature = base64url(sign('sha256', Buffer.from(`${header}.${payload}`), privateKey));
  return `${header}.${payload}.${signature}`;
}
