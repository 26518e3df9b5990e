import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.js';

const SRC = join(packageRoot, 'src');
const ADAPTERS = join(packageRoot, 'adapters');
/** The composition root: the one core file allowed to join the core to the adapters. */
const ROOT = join(SRC, 'cli', 'main.ts');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(c|m)?tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every module specifier: static imports and re-exports, dynamic import() and require(). */
function specifiers(code: string): string[] {
  const patterns = [/\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g, /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g];
  return patterns.flatMap((pattern) => [...code.matchAll(pattern)].map((match) => match[1]!));
}

function reachesAdapters(file: string, specifier: string): boolean {
  if (!specifier.startsWith('.')) return /(^|\/)adapters(\/|$)/.test(specifier) && !specifier.startsWith('@');
  const target = resolve(dirname(file), specifier);
  return target === ADAPTERS || target.startsWith(ADAPTERS + sep);
}

describe('architecture', () => {
  it('finds imports of every form', () => {
    const code = `import a from '../x.js';\nimport type { B } from "./b.js";\nexport { c } from './c.js';\nimport './side.js';\nconst d = await import('./d.js');\nconst e = require('./e.js');`;
    expect(specifiers(code).sort()).toEqual(['../x.js', './b.js', './c.js', './d.js', './e.js', './side.js']);
  });

  it('keeps the core free of adapters: only src/cli/main.ts may import from adapters/', () => {
    const offenders = sourceFiles(SRC)
      .filter((file) => file !== ROOT)
      .flatMap((file) => specifiers(readFileSync(file, 'utf8')).filter((s) => reachesAdapters(file, s)).map((s) => `${relative(packageRoot, file)} imports ${s}`));
    expect(offenders).toEqual([]);
  });

  it('the scan would catch a core module reaching into an adapter', () => {
    const file = join(SRC, 'digest', 'example.ts');
    expect(reachesAdapters(file, '../../adapters/slack/slack-app.js')).toBe(true);
    expect(reachesAdapters(file, '../registry/open-registry.js')).toBe(false);
    expect(reachesAdapters(file, '@slack/bolt')).toBe(false);
  });

  it('keeps the database engines in the registry’s engine files: nothing else imports better-sqlite3 or pg, or asks which engine it runs on', () => {
    const ENGINE_FILES = ['open-registry.ts', 'open-sqlite.ts', 'open-postgres.ts', 'sqlite-dialect.ts', 'migration-steps.ts', 'identities.ts'].map((name) => join(SRC, 'registry', name));
    const engineSpecific = (file: string) => {
      const code = readFileSync(file, 'utf8');
      return specifiers(code).some((s) => s === 'pg' || s === 'better-sqlite3') || /\bengine\s*[!=]==/.test(code);
    };
    const offenders = [...sourceFiles(SRC), ...sourceFiles(ADAPTERS)].filter((file) => !ENGINE_FILES.includes(file) && engineSpecific(file)).map((file) => relative(packageRoot, file));
    expect(offenders).toEqual([]);
    expect(ENGINE_FILES.filter(engineSpecific)).toHaveLength(ENGINE_FILES.length);
  });

  it('the composition root does import the adapters (so the scan is not vacuous)', () => {
    expect(specifiers(readFileSync(ROOT, 'utf8')).some((s) => reachesAdapters(ROOT, s))).toBe(true);
  });
});
