import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root, found from this file whether it runs from `src/` (tsx, vitest) or `dist/src/`. */
function findPackageRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return start;
    dir = parent;
  }
  return dir;
}

export const packageRoot: string = findPackageRoot(dirname(fileURLToPath(import.meta.url)));
export const knowledgeDir: string = join(packageRoot, 'knowledge');
