import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.js';

// `import … from '…'` and `export … from '…'` that load code when the importing module loads
// (not `import type`, not `import('…')`).
const STATIC_IMPORT = /^(?:import|export)\s+(?!type\s)[^;]*?\sfrom\s+'([^']+)';/gm;
const SIDE_EFFECT_IMPORT = /^import\s+'([^']+)';/gm;

function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(STATIC_IMPORT), ...text.matchAll(SIDE_EFFECT_IMPORT)].map((match) => match[1]!);
}

/** Every package the entry point loads before it runs a command, by following static imports. */
function packagesLoadedAtStart(entry: string): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of staticImports(file)) {
      if (specifier.startsWith('.')) queue.push(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else if (!specifier.startsWith('node:')) packages.set(specifier, relative(packageRoot, file));
    }
  }
  return packages;
}

describe('what the executable loads before it runs a command', () => {
  const loaded = packagesLoadedAtStart(join(packageRoot, 'src/cli/main.ts'));

  it('follows the imports (the walk reaches the core commands and their libraries)', () => {
    expect(loaded.has('zod')).toBe(true);
    expect(loaded.has('js-yaml')).toBe(true);
  });

  // Bolt, the Agents SDK and jsforce take about a second to load between them, Kysely and the
  // database drivers a third of one, the knowledge index's libraries a tenth: each command loads
  // its own (`serve`, `digest --post`, `streams sync`; the registry's commands; `ask`), so
  // `review` and `help` start without any of them.
  it.each(['@slack/bolt', '@slack/web-api', '@microsoft/agents-hosting', '@microsoft/agents-activity', '@jsforce/jsforce-node', 'kysely', 'pg', 'better-sqlite3', 'fast-xml-parser', 'fuse.js', 'croner'])('leaves %s to the commands that use it', (name) => {
    const where = [...loaded].filter(([specifier]) => specifier === name || specifier.startsWith(`${name}/`)).map(([, file]) => file);
    expect(where).toEqual([]);
  });
});
