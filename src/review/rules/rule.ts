import { questionFor } from '../input-catalogue.js';
import type { RuleId } from '../rule-ids.js';
import type { InputKey, StreamDescription } from '../stream-description.js';
import type { Thresholds } from '../thresholds.js';
import type { FollowUpQuestion, KnowledgeRef, RuleStatus } from '../types.js';

export interface RuleContext {
  thresholds: Readonly<Thresholds>;
}

/** What a rule concluded, before the engine adds its id, title and refs. */
export interface RuleOutcome {
  status: RuleStatus;
  message: string;
  fix?: string;
  asks?: FollowUpQuestion[];
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
  asks?: FollowUpQuestion[];
}

export const pass = (message: string): RuleOutcome => ({ status: 'pass', message });
export const notApplicable = (message: string): RuleOutcome => ({ status: 'n/a', message });
export const fail = (message: string, fix: string): Finding => ({ status: 'fail', message, fix });
export const warn = (message: string, fix: string): Finding => ({ status: 'warn', message, fix });

/** The keys of `keys` this stream leaves out, in the order given. */
export function missingOf(stream: StreamDescription, keys: readonly InputKey[]): InputKey[] {
  return keys.filter((key) => stream[key] === undefined);
}

/**
 * The catalogue's question for `key`, or this rule's own: a question that says why this stream
 * needs the answer, and the choices that fit it (the chat flow shows them as buttons).
 */
export function ask(key: InputKey, own: { question?: string; choices?: readonly string[] } = {}): FollowUpQuestion {
  const base = questionFor(key);
  const choices = own.choices ?? base.choices;
  return { key, question: own.question ?? base.question, ...(choices ? { choices: [...choices] } : {}) };
}

/**
 * An input left out: the message is the question to ask (a question per input), the fix the
 * settings that would answer it. `fix` replaces that default where a rule has better advice.
 */
export function needsInfo(questions: readonly (InputKey | FollowUpQuestion)[], fix?: string): Finding {
  const asks = questions.map((q) => (typeof q === 'string' ? questionFor(q) : q));
  const answers = asks.map((q) => `${q.key}=${q.choices ? q.choices.join('|') : '…'}`);
  return {
    status: 'needs-info',
    message: asks.map((q) => q.question).join(' '),
    fix: fix ?? `Add ${answers.join(' and ')} to the description.`,
    asks,
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
  if (winners.length === 1) return { ...winners[0]! };
  // Several questions are asked one after another, so they read as one list, not numbered problems.
  if (status === 'needs-info') return needsInfo(winners.flatMap((finding) => finding.asks ?? []));
  const label = status === 'warn' ? 'warnings' : 'problems';
  return {
    status,
    message: `${winners.length} ${label}: ${numbered(winners.map((w) => w.message))}`,
    fix: numbered(winners.map((w) => w.fix)),
  };
}
