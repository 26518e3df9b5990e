import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import ts from 'typescript';
import { packageRoot } from '../../src/paths.js';

/** Inside node_modules, so the script's imports resolve to the project's packages. */
const CACHE = join(packageRoot, 'node_modules/.cache/ingest-advisor-bench');

/**
 * A TypeScript script of the benchmarks as plain JavaScript, so that it runs as the built
 * advisor does, without tsx's loader in its process. It may only use erasable syntax.
 */
export function plainScript(tsFile: string): string {
  const { outputText } = ts.transpileModule(readFileSync(tsFile, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    fileName: tsFile,
  });
  mkdirSync(CACHE, { recursive: true });
  const file = join(CACHE, basename(tsFile).replace(/\.ts$/, '.mjs'));
  writeFileSync(file, outputText);
  return file;
}
