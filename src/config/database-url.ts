import { z } from 'zod';

const PROTOCOLS = ['postgres:', 'postgresql:'];

/** A PostgreSQL connection URL: `postgres://USER:PASSWORD@HOST:5432/DATABASE`, options in its query (`?sslmode=require`). */
export const databaseUrlSchema = z.string().refine(isPostgresUrl, {
  message: 'must be a PostgreSQL URL such as postgres://USER:PASSWORD@HOST:5432/DATABASE (postgresql:// works too); unset it to keep the registry in the SQLite file INGEST_ADVISOR_DB',
});

function isPostgresUrl(text: string): boolean {
  if (!URL.canParse(text)) return false;
  const url = new URL(text);
  // No host is a Unix socket, which must then be named: postgres:///advisor?host=/var/run/postgresql
  return PROTOCOLS.includes(url.protocol) && (url.hostname !== '' || url.searchParams.has('host'));
}

/** The URL as messages and logs may show it: the password replaced, whatever else it holds. */
export function redactUrl(text: string): string {
  if (!URL.canParse(text)) return '(an unreadable URL)';
  const url = new URL(text);
  if (url.password !== '') url.password = '***';
  for (const key of ['password', 'sslpassword', 'sslkey']) if (url.searchParams.has(key)) url.searchParams.set(key, '***');
  return url.toString();
}
