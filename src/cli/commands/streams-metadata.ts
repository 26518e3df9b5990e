import { resolve } from 'node:path';
import { importMetadataStreams } from '../../metadata/import-metadata.js';
import { readMetadataDir } from '../../metadata/read-metadata.js';
import { withRegistry } from '../../registry/registry-session.js';
import { EXIT_OK, type CliIo } from '../io.js';

/** `streams import DIR`: a Salesforce DX project or a retrieved metadata folder. */
export async function runMetadataImport(dir: string, io: CliIo, json: boolean): Promise<number> {
  // Read and checked before the registry is opened: a bad file writes nothing.
  const reading = await readMetadataDir(resolve(io.cwd, dir));
  const summary = await withRegistry(io, ({ db }) => importMetadataStreams(db, reading.streams));
  const files = `${reading.files.DataStreamDefinition} DataStreamDefinition and ${reading.files.DataStreamTemplate} DataStreamTemplate file(s)`;
  if (json) {
    io.stdout.write(`${JSON.stringify({ source: dir, files: reading.files, total: summary.total, new: summary.new, changed: summary.changed, unchanged: summary.unchanged, unknownValues: summary.unknown })}\n`);
    return EXIT_OK;
  }
  const lines = [`Imported ${summary.total} stream${summary.total === 1 ? '' : 's'} from the metadata in ${dir} (${files}): ${summary.new} new, ${summary.changed} changed, ${summary.unchanged} unchanged.`];
  if (summary.unknown.length > 0) lines.push('Values the advisor does not know (kept as they were):', ...summary.unknown.map((u) => `  - ${u.stream}: ${u.field} ${JSON.stringify(u.value)}`));
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT_OK;
}
