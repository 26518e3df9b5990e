import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { DescribedStream } from '../../src/registry/described-stream.js';
import { openRegistry } from '../../src/registry/open-registry.js';
import type { RegistryDb, RegistryLocation } from '../../src/registry/registry-db.js';
import type { RegistrySchema } from '../../src/registry/schema.js';
import type { ReviewResult, RuleResult, Verdict } from '../../src/review/types.js';

const made: string[] = [];

/** A fresh folder per test, removed afterwards. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-advisor-registry-'));
  made.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export type TestStream = DescribedStream & Record<string, unknown>;

export function stream(name: string, extra: Record<string, unknown> = {}): TestStream {
  return { name, connector: 'salesforce-crm', category: 'profile', refreshMode: 'upsert', owner: 'data-team', ...extra };
}

export function rule(id: string, status: RuleResult['status'], title = `Rule ${id}`): RuleResult {
  return { id, title, status, message: `${id} is ${status}`, refs: ['style-guide'] };
}

export function result(name: string, verdict: Verdict, rules: RuleResult[] = [rule('freshness', 'pass')]): ReviewResult {
  return { stream: name, verdict, rules, reminders: [] };
}

export const DAY = 86_400_000;

/** How many rows `table` has. */
export async function count(db: RegistryDb, table: keyof RegistrySchema): Promise<number> {
  const row = await db
    .selectFrom(table as 'streams')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Opens the registry at `location` (a SQLite file's path, or a location) for `use`, and closes it after. */
export async function usingRegistry<T>(location: string | RegistryLocation, use: (db: RegistryDb) => Promise<T>): Promise<T> {
  const registry = await openRegistry(location);
  try {
    return await use(registry.db);
  } finally {
    await registry.close();
  }
}
