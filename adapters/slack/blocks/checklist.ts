import { tallyStatuses } from '../../../src/review/tally.js';
import type { ReviewResult, RuleResult, RuleStatus, Verdict } from '../../../src/review/types.js';
import type { SlackMessage } from '../reply.js';
import { context, fitMessage, header, section, type Block } from './kit.js';
import type { RefRenderer } from './refs.js';
import { escapeMrkdwn } from './text.js';

export const STATUS_MARK: Readonly<Record<RuleStatus, string>> = {
  pass: '✅',
  warn: '⚠️',
  fail: '❌',
  'n/a': '➖',
  'needs-info': '❓',
};

export const VERDICT_LINE: Readonly<Record<Verdict, string>> = {
  ship: '🟢 Ship',
  'ship-with-warnings': '🟡 Ship with warnings',
  'needs-info': '🔵 Needs info',
  'do-not-ship': '⛔ Do not ship',
};

interface SeeLine {
  refs: readonly string[];
  line: string;
}

// A rule's "See …" line is the same on every checklist one renderer draws, so it is made once per
// rule and renderer. Keyed by rule id and checked against the refs: a recorded review may carry
// the refs of an older version of a rule.
const seeLines = new WeakMap<RefRenderer, Map<string, SeeLine>>();

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function seeLine(rule: RuleResult, refs: RefRenderer, lines: Map<string, SeeLine>): string {
  const known = lines.get(rule.id);
  if (known && sameList(known.refs, rule.refs)) return known.line;
  const line = `See ${rule.refs.map(refs).join(', ')}`;
  lines.set(rule.id, { refs: rule.refs.slice(), line });
  return line;
}

// Likewise the first line, from the rule's title and status alone: made once per title and status
// (a few dozen of them: the rules' titles, and those of recorded reviews).
const titleLines = new Map<string, Map<RuleStatus, string>>();

function titleLine(rule: RuleResult): string {
  let byStatus = titleLines.get(rule.title);
  if (!byStatus) titleLines.set(rule.title, (byStatus = new Map()));
  let line = byStatus.get(rule.status);
  if (line === undefined) byStatus.set(rule.status, (line = `${STATUS_MARK[rule.status]} *${escapeMrkdwn(rule.title)}* · _${rule.status}_`));
  return line;
}

function ruleText(rule: RuleResult, refs: RefRenderer, lines: Map<string, SeeLine>): string {
  let text = `${titleLine(rule)}\n${escapeMrkdwn(rule.message)}`;
  if (rule.fix && rule.status !== 'pass' && rule.status !== 'n/a') text += `\n*Fix:* ${escapeMrkdwn(rule.fix)}`;
  if (rule.refs.length > 0) text += `\n${seeLine(rule, refs, lines)}`;
  return text;
}

/** The verdict on top, then one section per rule (mark, message, fix, links), then the reminders. */
export function checklistBlocks(result: Pick<ReviewResult, 'stream' | 'verdict' | 'rules'> & { reminders?: readonly string[] }, refs: RefRenderer): Block[] {
  const blocks: Block[] = [header(`${VERDICT_LINE[result.verdict]}: ${result.stream}`), context(`*Verdict: ${result.verdict}* — ${tallyStatuses(result.rules)}`)];
  let lines = seeLines.get(refs);
  if (!lines) seeLines.set(refs, (lines = new Map()));
  for (const rule of result.rules) blocks.push(section(ruleText(rule, refs, lines)));
  if (result.reminders && result.reminders.length > 0) {
    blocks.push(context(`*Before it ships, check what no input can prove:* ${result.reminders.map((r) => `• ${escapeMrkdwn(r)}`).join(' ')}`));
  }
  return blocks;
}

/** The checklist as a message, with extra blocks (buttons, a note) kept within 50 blocks. */
export function checklistMessage(result: ReviewResult, refs: RefRenderer, extra: Block[] = []): SlackMessage {
  const blocks = checklistBlocks(result, refs);
  blocks.push(...extra);
  return { text: `${result.stream}: ${result.verdict}`, blocks: fitMessage(blocks) };
}
