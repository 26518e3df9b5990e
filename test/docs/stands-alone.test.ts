import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.js';

// People have only the repository: nothing in it may send them to the team's notes beside it.
// The needles are assembled, so this file does not match itself.
const OUTSIDE = [['..', 'shared', ''].join('/'), ['', 'work', 'shared'].join('/')];
// The team's contract files, by name: the README, the docs and the tests cite what is in the repository instead.
const CONTRACTS = ['cli', 'ingest-review', 'digest', 'org-sync', 'knowledge', 'data360-facts'].map((name) => `${name}.md`);

const SKIPPED = new Set(['node_modules', 'dist', 'data', 'coverage']);
const TEXT = /\.(md|ts|js|json|ya?ml|jsonl|txt)$/;

function files(dir: string): string[] {
  return readdirSync(join(packageRoot, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
    if (entry.isDirectory()) return SKIPPED.has(entry.name) || entry.name.startsWith('.') ? [] : files(path);
    return TEXT.test(entry.name) ? [path] : [];
  });
}

function mentions(paths: readonly string[], needles: readonly string[]): string[] {
  return paths.flatMap((path) => {
    const text = readFileSync(join(packageRoot, path), 'utf8');
    return needles.filter((needle) => text.includes(needle)).map((needle) => `${path}: ${needle}`);
  });
}

describe('the project stands alone', () => {
  const all = files('');

  it('finds the files it checks', () => {
    expect(all).toContain('README.md');
    expect(all).toContain('docs/rules.md');
    expect(all.some((path) => path.startsWith('src/'))).toBe(true);
  });

  it('never points outside the repository, in any file', () => {
    expect(mentions(all, OUTSIDE)).toEqual([]);
  });

  it('cites no contract file the repository does not hold, in the README, the docs or the tests', () => {
    const read = all.filter((path) => path === 'README.md' || path.startsWith('docs/') || path.startsWith('test/'));
    const missing = CONTRACTS.filter((name) => !all.some((path) => path.endsWith(`/${name}`) || path === name));
    expect(mentions(read, missing)).toEqual([]);
  });
});
