import { tallyStatuses } from '../../../src/review/tally.js';
import type { ReviewResult, RuleResult, RuleStatus, Verdict } from '../../../src/review/types.js';
import type { SlackMessage } from '../reply.js';
import { divider, fitMessage, header, section, type Block } from './kit.js';
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

function ruleText(rule: RuleResult, refs: RefRenderer): string {
  let text = `${STATUS_MARK[rule.status]} *${escapeMrkdwn(rule.title)}* · _${rule.status}_\n${escapeMrkdwn(rule.message)}`;
  if (rule.fix && rule.status !== 'pass' && rule.status !== 'n/a') text += `\n*Fix:* ${escapeMrkdwn(rule.fix)}`;
  if (rule.refs.length > 0) text += `\nSee ${rule.refs.map(refs).join(', ')}`;
  return text;
}

/**
 * The verdict on top (a header, and the tally as plain text: context blocks are small and grey),
 * then one section per rule (mark, message, fix, links), then the reminders.
 */
export function checklistBlocks(result: Pick<ReviewResult, 'stream' | 'verdict' | 'rules'> & { reminders?: readonly string[] }, refs: RefRenderer): Block[] {
  const blocks: Block[] = [header(`${VERDICT_LINE[result.verdict]}: ${result.stream}`), section(`*Verdict: ${result.verdict}* — ${tallyStatuses(result.rules)}`), divider()];
  for (const rule of result.rules) blocks.push(section(ruleText(rule, refs)));
  if (result.reminders && result.reminders.length > 0) {
    blocks.push(divider(), section(`*Before it ships, check what no input can prove:*\n${result.reminders.map((r) => `• ${escapeMrkdwn(r)}`).join('\n')}`));
  }
  return blocks;
}

/** The checklist as a message, with extra blocks (buttons, a note) kept within 50 blocks. */
export function checklistMessage(result: ReviewResult, refs: RefRenderer, extra: Block[] = []): SlackMessage {
  const blocks = checklistBlocks(result, refs);
  blocks.push(...extra);
  return { text: `${result.stream}: ${result.verdict}`, blocks: fitMessage(blocks) };
}
