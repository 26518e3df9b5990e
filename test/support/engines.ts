import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe } from 'vitest';
import { openRegistry } from '../../src/registry/open-registry.js';
import type { Engine, Registry, RegistryLocation } from '../../src/registry/registry-db.js';
import { freshSchemaUrl } from './postgres/databases.js';

export const ENGINES: readonly Engine[] = ['sqlite', 'postgres'];

/** One engine's registries for a test, each closed (and its files removed) after it. */
export interface EngineUnderTest {
  engine: Engine;
  /** Where a new, empty registry goes: a new SQLite file, or a new PostgreSQL schema. */
  location(): Promise<RegistryLocation>;
  /** Opens the registry at `location` (default: a new one), migrated. */
  open(location?: RegistryLocation): Promise<Registry>;
}

const opened: Registry[] = [];
const dirs: string[] = [];

afterEach(async () => {
  for (const registry of opened.splice(0)) await registry.close().catch(() => undefined);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new SQLite file's path, in a folder removed after the test. */
export function sqliteFile(name = 'advisor.db'): string {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-advisor-registry-'));
  dirs.push(dir);
  return join(dir, name);
}

export function engineUnderTest(engine: Engine): EngineUnderTest {
  const location = async (): Promise<RegistryLocation> => (engine === 'sqlite' ? { engine, file: sqliteFile() } : { engine, url: await freshSchemaUrl() });
  return {
    engine,
    location,
    async open(at) {
      const registry = await openRegistry(at ?? (await location()));
      let closed = false;
      const once: Registry = { ...registry, close: async () => (closed ? undefined : ((closed = true), registry.close())) };
      opened.push(once);
      return once;
    },
  };
}

/** The same tests on each engine: `describe(title (sqlite))` and `describe(title (postgres))`. */
export function describeEngines(title: string, body: (engine: EngineUnderTest) => void): void {
  for (const engine of ENGINES) describe(`${title} (${engine})`, () => body(engineUnderTest(engine)));
}
