import type { TestProject } from 'vitest/node';
import { startPostgres } from './embedded-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The administrator's URL of the run's PostgreSQL server (see `databases.ts`). */
    postgresUrl: string;
  }
}

/** One PostgreSQL server for the whole run; each test file makes its own database on it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startPostgres();
  project.provide('postgresUrl', server.url);
  return () => server.stop();
}
