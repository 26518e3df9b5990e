import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { DescribedStream } from '../../src/registry/described-stream.js';
import type { ReviewResult, RuleResult, Verdict } from '../../src/review/types.js';

const made: string[] = [];

/** A fresh folder per test, removed afterwards. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-advisor-registry-'));
  made.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export type TestStream = DescribedStream & Record<string, unknown>;

export function stream(name: string, extra: Record<string, unknown> = {}): TestStream {
  return { name, connector: 'salesforce-crm', category: 'profile', refreshMode: 'upsert', owner: 'data-team', ...extra };
}

export function rule(id: string, status: RuleResult['status'], title = `Rule ${id}`): RuleResult {
  return { id, title, status, message: `${id} is ${status}`, refs: ['style-guide'] };
}

export function result(name: string, verdict: Verdict, rules: RuleResult[] = [rule('freshness', 'pass')]): ReviewResult {
  return { stream: name, verdict, rules, reminders: [] };
}

export const DAY = 86_400_000;
