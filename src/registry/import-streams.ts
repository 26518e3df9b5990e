import type { RegistryDb } from './open-registry.js';
import type { DescribedStream } from './described-stream.js';
import { storedPrints, upsertStream, type StreamChange } from './streams.js';

export type ImportSummary = Record<StreamChange, number> & { total: number };

/**
 * Adds or updates every stream in one write transaction: a crash or an error part-way
 * leaves the registry exactly as it was before the import.
 */
export function importStreams(db: RegistryDb, streams: readonly DescribedStream[], at: Date = new Date()): ImportSummary {
  const summary: ImportSummary = { total: streams.length, new: 0, changed: 0, unchanged: 0 };
  const run = db.transaction(() => {
    const stored = storedPrints(db);
    for (const stream of streams) {
      const upserted = upsertStream(db, stream, at.getTime(), stored.get(stream.name) ?? null);
      stored.set(stream.name, upserted);
      summary[upserted.change] += 1;
    }
  });
  run.immediate();
  return summary;
}
