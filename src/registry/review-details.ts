import type { RuleResult, RuleStatus } from '../review/types.js';
import { canonicalJson } from './fingerprint.js';
import type { RegistryDb } from './registry-db.js';
import { chunks } from './transactions.js';

export interface RuleOutcome {
  id: string;
  title: string;
  status: RuleStatus;
}

/** The rules of a recorded review with the given statuses, in the review's order. */
export function rulesWith(rulesJson: string, statuses: readonly RuleStatus[]): RuleOutcome[] {
  const rules = JSON.parse(rulesJson) as RuleResult[];
  return rules.filter((rule) => statuses.includes(rule.status)).map(({ id, title, status }) => ({ id, title, status }));
}

/** The description keys whose values differ between a reviewed description and the current one. */
export function keysChanged(reviewedJson: string, currentJson: string): string[] {
  const reviewed = JSON.parse(reviewedJson) as Record<string, unknown>;
  const current = JSON.parse(currentJson) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(reviewed), ...Object.keys(current)])];
  return keys.filter((key) => canonicalJson(reviewed[key]) !== canonicalJson(current[key]));
}

/** Recorded reviews' rule lists and descriptions, next to their stream's current description. */
export interface ReviewDetail {
  rules: string;
  reviewed: string;
  current: string;
}

/** The details of many reviews at once, by review id: a few reads for a whole digest, not two per line. */
export async function reviewDetails(db: RegistryDb, reviewIds: readonly number[]): Promise<Map<number, ReviewDetail>> {
  const details = new Map<number, ReviewDetail>();
  for (const ids of chunks([...new Set(reviewIds)])) {
    const rows = await db
      .selectFrom('reviews as r')
      .innerJoin('streams as s', 's.id', 'r.stream_id')
      .select(['r.id', 'r.rules', 'r.description as reviewed', 's.description as current'])
      .where('r.id', 'in', ids)
      .execute();
    for (const { id, ...detail } of rows) details.set(id, detail);
  }
  return details;
}
