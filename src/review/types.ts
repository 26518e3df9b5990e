/** The review contract (docs/rules.md), as types: the CLI's JSON, the chat cards and the registry use them. */
import type { InputKey } from './stream-description.js';

export const RULE_STATUSES = ['pass', 'warn', 'fail', 'n/a', 'needs-info'] as const;
export type RuleStatus = (typeof RULE_STATUSES)[number];

export const VERDICTS = ['ship', 'ship-with-warnings', 'needs-info', 'do-not-ship'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** One question a chat flow asks for one input; `choices` (the answers that fit) become buttons. */
export interface FollowUpQuestion {
  key: InputKey;
  question: string;
  choices?: string[];
}

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
  /** For `needs-info`: one question per input whose answer would settle the rule, in the rule's words. */
  asks?: FollowUpQuestion[];
}

export interface ReviewResult {
  stream: string;
  verdict: Verdict;
  rules: RuleResult[];
  /** The things no input can prove, the same for every review. */
  reminders: string[];
}
