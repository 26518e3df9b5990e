/**
 * A child process for the migration race: opens (and so migrates) the registry that DATABASE_URL
 * or INGEST_ADVISOR_DB names, as every command and `serve` does at start, and prints what it found.
 */
import { registryConfig } from '../../../src/config/registry-config.js';
import { openRegistry } from '../../../src/registry/open-registry.js';

const registry = await openRegistry(registryConfig(process.env).location);
const streams = await registry.db.selectFrom('streams').select('name').execute();
process.stdout.write(`${JSON.stringify({ engine: registry.engine, streams: streams.length })}\n`);
await registry.close();
