import type { RuleResult, RuleStatus } from '../review/types.js';
import type { RegistryDb } from './open-registry.js';
import { canonicalJson } from './fingerprint.js';
import { statement } from './statements.js';

export interface RuleOutcome {
  id: string;
  title: string;
  status: RuleStatus;
}

/** The rules of a recorded review with the given statuses, in the review's order. */
export function reviewRules(db: RegistryDb, reviewId: number, statuses: readonly RuleStatus[]): RuleOutcome[] {
  const row = statement(db, 'SELECT rules FROM reviews WHERE id = ?').get(reviewId) as { rules: string } | undefined;
  if (!row) return [];
  const rules = JSON.parse(row.rules) as RuleResult[];
  return rules.filter((rule) => statuses.includes(rule.status)).map(({ id, title, status }) => ({ id, title, status }));
}

/** The description keys whose values differ between a review and the stream's current description. */
export function changedKeys(db: RegistryDb, reviewId: number): string[] {
  const row = statement(db, 'SELECT r.description AS reviewed, s.description AS current FROM reviews r JOIN streams s ON s.id = r.stream_id WHERE r.id = ?').get(reviewId) as
    | { reviewed: string; current: string }
    | undefined;
  if (!row) return [];
  const reviewed = JSON.parse(row.reviewed) as Record<string, unknown>;
  const current = JSON.parse(row.current) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(reviewed), ...Object.keys(current)])];
  return keys.filter((key) => canonicalJson(reviewed[key]) !== canonicalJson(current[key]));
}
