/** The review contract of ../shared/spec/ingest-review.md, as types. */
import type { InputKey } from './stream-description.js';

export const RULE_STATUSES = ['pass', 'warn', 'fail', 'n/a', 'needs-info'] as const;
export type RuleStatus = (typeof RULE_STATUSES)[number];

export const VERDICTS = ['ship', 'ship-with-warnings', 'needs-info', 'do-not-ship'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** A knowledge reference: `doc` or `doc#section`. */
export type KnowledgeRef = string;

export interface RuleResult {
  id: string;
  /** Plain title, e.g. "Freshness matches the decision". */
  title: string;
  status: RuleStatus;
  /** One line specific to this stream; for `needs-info`, the question to ask. */
  message: string;
  /** Present when the status is `warn`, `fail` or `needs-info`. */
  fix?: string;
  refs: KnowledgeRef[];
  /** For `needs-info`: the input keys whose answers would settle the rule. */
  needs?: InputKey[];
}

export interface ReviewResult {
  stream: string;
  verdict: Verdict;
  rules: RuleResult[];
  /** The things no input can prove, the same for every review. */
  reminders: string[];
}
