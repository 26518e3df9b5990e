import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registryConfig } from '../../src/config/registry-config.js';
import { ConfigError } from '../../src/errors.js';

describe('registryConfig', () => {
  it('is the SQLite file INGEST_ADVISOR_DB, relative to the working directory, without DATABASE_URL', () => {
    expect(registryConfig({}, '/srv/advisor')).toMatchObject({ location: { engine: 'sqlite', file: join('/srv/advisor', 'data', 'advisor.db') }, label: './data/advisor.db' });
    expect(registryConfig({ INGEST_ADVISOR_DB: 'r.db', DATABASE_URL: ' ' }, '/tmp')).toMatchObject({ location: { engine: 'sqlite', file: '/tmp/r.db' }, label: 'r.db' });
  });

  it('is PostgreSQL with DATABASE_URL, labelled without its password', () => {
    const url = 'postgres://advisor:s3cret@db.internal:5432/advisor?sslmode=require';
    expect(registryConfig({ DATABASE_URL: url, INGEST_ADVISOR_DB: 'ignored.db' })).toEqual({
      location: { engine: 'postgres', url },
      label: 'postgres://advisor:***@db.internal:5432/advisor?sslmode=require',
      reviewMaxAgeDays: 90,
    });
    expect(registryConfig({ DATABASE_URL: 'postgresql:///advisor?host=/var/run/postgresql' }).location.engine).toBe('postgres');
  });

  it('refuses a DATABASE_URL that is not a PostgreSQL URL, naming it and how to fix it, without showing its password', () => {
    for (const url of ['mysql://root:hunter2@db/advisor', 'db.internal:5432/advisor', 'postgres:///advisor', 'postgres://:hunter2@/x']) {
      let error: unknown;
      try {
        registryConfig({ DATABASE_URL: url });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).message).toMatch(/Invalid configuration in DATABASE_URL:[\s\S]*must be a PostgreSQL URL such as postgres:\/\/USER:PASSWORD@HOST:5432\/DATABASE/);
      expect((error as ConfigError).message).not.toContain('hunter2');
    }
  });
});
