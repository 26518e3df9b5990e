import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

export type MetadataKind = 'DataStreamDefinition' | 'DataStreamTemplate';

export interface MetadataFile {
  path: string;
  kind: MetadataKind;
  /** The component's API name: the file name without its suffix, as the org names the stream. */
  name: string;
}

/** Source format (`sf project retrieve`) and metadata API format (`retrieve` into a folder). */
const SUFFIXES: ReadonlyArray<[string, MetadataKind]> = [
  ['.dataStreamDefinition-meta.xml', 'DataStreamDefinition'],
  ['.dataStreamDefinition', 'DataStreamDefinition'],
  ['.dataStreamTemplate-meta.xml', 'DataStreamTemplate'],
  ['.dataStreamTemplate', 'DataStreamTemplate'],
];

/** Folders never holding a project's own metadata. */
const SKIPPED = new Set(['node_modules', '.git', '.sf', '.sfdx']);

/** Every stream definition and template under `dir` (a Salesforce DX project or a retrieved folder), in a stable order. */
export async function findMetadataFiles(dir: string): Promise<MetadataFile[]> {
  const files: MetadataFile[] = [];
  // Walked by hand rather than with readdir's `recursive`, so skipped folders are never entered.
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory() && !SKIPPED.has(entry.name)) await walk(path);
      if (!entry.isFile()) continue;
      const match = SUFFIXES.find(([suffix]) => entry.name.endsWith(suffix) && entry.name.length > suffix.length);
      if (match) files.push({ path, kind: match[1], name: entry.name.slice(0, -match[0].length) });
    }
  };
  await walk(dir);
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
