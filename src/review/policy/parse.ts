import type { z } from 'zod';
import { ConfigError, type InputIssue } from '../../errors.js';
import { formatPath } from '../../validation/zod-issues.js';
import { closest } from '../schema/suggest.js';
import { DEFAULT_THRESHOLDS } from '../thresholds.js';
import { count } from '../wording.js';
import { emptyPolicy, type Policy } from './policy.js';
import { policySchema, thresholdsSchema, waiverSchema } from './schema.js';

const PARTS_SHAPE = policySchema.shape;

function issueOf(issue: z.core.$ZodIssue): InputIssue[] {
  if (issue.code !== 'unrecognized_keys') return [{ path: formatPath(issue.path), message: issue.message }];
  const part = issue.path[0];
  const known = Object.keys(part === 'thresholds' ? thresholdsSchema.shape : part === 'waivers' ? waiverSchema.shape : PARTS_SHAPE);
  return issue.keys.map((key) => {
    const suggestion = closest(key, known);
    const advice = suggestion ? `did you mean ${suggestion}?` : `allowed: ${known.join(', ')}`;
    return { path: formatPath([...issue.path, key]), message: `${key} is not a policy setting (${advice}).` };
  });
}

function invalid(source: string, issues: InputIssue[]): ConfigError {
  const where = [...new Set(issues.map((issue) => issue.path || 'the file'))].join(', ');
  return new ConfigError(`Invalid team policy ${source}: ${where}. Fix the file or leave out --policy / INGEST_REVIEW_POLICY.`, issues);
}

/** Validates a parsed policy file; `null` (an empty file) is the spec's defaults. Throws `ConfigError` naming file and field. */
export function parsePolicy(value: unknown, source: string): Policy {
  if (value === null || value === undefined) return emptyPolicy(source);
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw invalid(source, [{ path: '', message: 'A policy file is a set of keys: thresholds, rules and waivers.' }]);
  }
  const result = policySchema.safeParse(value);
  if (!result.success) throw invalid(source, result.error.issues.flatMap(issueOf));
  const policy: Policy = { source, thresholds: result.data.thresholds ?? {}, severity: result.data.rules ?? {}, waivers: result.data.waivers ?? [] };
  const warnAt = policy.thresholds.fullRefreshWarnRowsPerMonth ?? DEFAULT_THRESHOLDS.fullRefreshWarnRowsPerMonth;
  const failAt = policy.thresholds.fullRefreshFailRowsPerMonth ?? DEFAULT_THRESHOLDS.fullRefreshFailRowsPerMonth;
  if (warnAt > failAt) {
    throw invalid(source, [{ path: 'thresholds.fullRefreshWarnRowsPerMonth', message: `fullRefreshWarnRowsPerMonth (${count(warnAt)}) is above fullRefreshFailRowsPerMonth (${count(failAt)}); a warning must come before a fail.` }]);
  }
  return policy;
}
