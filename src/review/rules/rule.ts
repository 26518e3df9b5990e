import { inputSpec } from '../input-catalogue.js';
import type { RuleId } from '../rule-ids.js';
import type { InputKey, StreamDescription } from '../stream-description.js';
import type { Thresholds } from '../thresholds.js';
import type { KnowledgeRef, RuleStatus } from '../types.js';

export interface RuleContext {
  thresholds: Readonly<Thresholds>;
}

/** What a rule concluded, before the engine adds its id, title and refs. */
export interface RuleOutcome {
  status: RuleStatus;
  message: string;
  fix?: string;
  needs?: InputKey[];
}

/** One style-guide rule; a file per rule, listed in `rules/index.ts`. */
export interface Rule {
  id: RuleId;
  /** Plain words for the checklist, e.g. "Freshness matches the decision". */
  title: string;
  refs: KnowledgeRef[];
  evaluate(stream: StreamDescription, context: RuleContext): RuleOutcome;
}

/** One thing a rule found wrong or missing; a rule may find several. */
export interface Finding {
  status: 'fail' | 'needs-info' | 'warn';
  message: string;
  fix: string;
  needs?: InputKey[];
}

export const pass = (message: string): RuleOutcome => ({ status: 'pass', message });
export const notApplicable = (message: string): RuleOutcome => ({ status: 'n/a', message });
export const fail = (message: string, fix: string): Finding => ({ status: 'fail', message, fix });
export const warn = (message: string, fix: string): Finding => ({ status: 'warn', message, fix });

/** The keys of `keys` this stream leaves out, in the order given. */
export function missingOf(stream: StreamDescription, keys: readonly InputKey[]): InputKey[] {
  return keys.filter((key) => stream[key] === undefined);
}

/** A question for each missing key, and the settings that would answer it. */
export function needsInfo(keys: readonly InputKey[]): Finding {
  const specs = keys.map(inputSpec);
  const answers = specs.map((spec) => `${spec.key}=${spec.values ? spec.values.join('|') : '…'}`);
  return {
    status: 'needs-info',
    message: specs.map((spec) => spec.question).join(' '),
    fix: `Add ${answers.join(' and ')} to the description.`,
    needs: [...keys],
  };
}

const PRECEDENCE: Finding['status'][] = ['fail', 'needs-info', 'warn'];

function numbered(texts: string[]): string {
  return texts.map((text, i) => `(${i + 1}) ${text}`).join(' ');
}

/**
 * The spec's precedence within a rule: a proven fail wins over needs-info, needs-info wins
 * over warn and pass, and several findings of the winning status become one listing them all.
 */
export function decide(candidates: readonly (Finding | undefined)[], passMessage: string): RuleOutcome {
  const findings = candidates.filter((finding): finding is Finding => finding !== undefined);
  const status = PRECEDENCE.find((s) => findings.some((finding) => finding.status === s));
  if (!status) return pass(passMessage);
  const winners = findings.filter((finding) => finding.status === status);
  const needs = [...new Set(winners.flatMap((finding) => finding.needs ?? []))];
  if (status === 'needs-info' && winners.length > 1) return needsInfo(needs);
  if (winners.length === 1) return { ...winners[0]!, needs: needs.length > 0 ? needs : undefined };
  const label = status === 'warn' ? 'warnings' : 'problems';
  return {
    status,
    message: `${winners.length} ${label}: ${numbered(winners.map((w) => w.message))}`,
    fix: numbered(winners.map((w) => w.fix)),
  };
}
