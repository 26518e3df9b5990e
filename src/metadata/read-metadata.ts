import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { InputError, type InputIssue } from '../errors.js';
import type { OrgFacts } from '../org/org-description.js';
import { findMetadataFiles, type MetadataKind } from './metadata-files.js';
import { MetadataProblem, parseMetadata } from './parse-metadata.js';

export interface MetadataReading {
  /** One entry per stream: a definition and a template of the same name are read together. */
  streams: OrgFacts[];
  files: Record<MetadataKind, number>;
}

const defined = (facts: OrgFacts): Partial<OrgFacts> => Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== undefined));

/**
 * Reads every stream definition and template under `dir`. All or nothing: each file that cannot
 * be read is reported by its path, and then none is used.
 */
export async function readMetadataDir(dir: string): Promise<MetadataReading> {
  const files = await findMetadataFiles(dir);
  if (files.length === 0) {
    throw new InputError(`${dir} holds no DataStreamDefinition or DataStreamTemplate files (*.dataStreamDefinition-meta.xml, *.dataStreamTemplate-meta.xml or the metadata API's *.dataStreamDefinition). Nothing was imported.`);
  }
  const byName = new Map<string, OrgFacts>();
  const issues: InputIssue[] = [];
  const counts: Record<MetadataKind, number> = { DataStreamDefinition: 0, DataStreamTemplate: 0 };
  // Templates last: a template's refresh mode is the stream's own setting, a definition's extract method only hints at it.
  for (const file of [...files].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'DataStreamTemplate' ? 1 : -1))) {
    const shown = relative(dir, file.path) || file.path;
    try {
      const facts = parseMetadata(file, await readFile(file.path, 'utf8'));
      byName.set(file.name, { ...byName.get(file.name), ...defined(facts), name: file.name });
      counts[file.kind] += 1;
    } catch (error) {
      if (!(error instanceof MetadataProblem) && !(error instanceof Error && 'code' in error)) throw error;
      issues.push({ path: shown, message: `${shown} ${error instanceof MetadataProblem ? error.message : `cannot be read (${(error as Error).message})`}` });
    }
  }
  if (issues.length > 0) {
    throw new InputError(`${issues.length} metadata file${issues.length === 1 ? '' : 's'} under ${dir} cannot be read; nothing was imported.\n${issues.map((i) => `  - ${i.message}`).join('\n')}`, issues);
  }
  return { streams: [...byName.values()], files: counts };
}
