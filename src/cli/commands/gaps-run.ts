import { InputError } from '../../errors.js';
import { listGaps, type GapPick, type KnowledgeGap } from '../../registry/gaps.js';
import { withRegistry } from '../../registry/registry-session.js';
import type { Command } from '../command.js';
import { usage } from './gaps.js';
import { EXIT_OK } from '../io.js';
import { parseCommandArgs } from '../parse-args.js';

/** `gaps`, loaded when it runs. */
export const run: Command['run'] = async (args, io) => {
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' }, limit: { type: 'string' } }, usage);
  if (positionals.length > 0) throw new InputError(`gaps takes no arguments; got ${positionals.join(' ')}.\n\n${usage}`);
  const limit = parseLimit(values.limit);
  const gaps = await withRegistry(io, ({ db }) => listGaps(db, limit));
  io.stdout.write(values.json ? `${JSON.stringify({ gaps: gaps.map(toJson) })}\n` : render(gaps));
  return EXIT_OK;
};

export interface GapJson {
  question: string;
  reason: KnowledgeGap['reason'];
  count: number;
  lastAsked: string;
  closest: string | null;
  picked: GapPick[];
}

function parseLimit(text: string | undefined): number {
  if (text === undefined) return 50;
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 10_000) {
    throw new InputError(`--limit must be a whole number from 1 to 10000; got ${JSON.stringify(text)}.`, [{ path: 'limit', message: 'not a whole number from 1 to 10000' }]);
  }
  return Number(text);
}

function toJson(gap: KnowledgeGap): GapJson {
  return { question: gap.question, reason: gap.reason, count: gap.count, lastAsked: gap.lastAsked.toISOString(), closest: gap.closest, picked: gap.picked };
}

function render(gaps: readonly KnowledgeGap[]): string {
  if (gaps.length === 0) return 'No gaps: every question asked in chat was answered with confidence, and no answer was marked Not helpful.\n';
  const lines = gaps.map((gap) => {
    const closest = gap.closest ? `; closest: ${gap.closest}` : '';
    const picked = gap.picked.length > 0 ? `; picked: ${gap.picked.map((p) => (p.count > 1 ? `${p.section} ×${p.count}` : p.section)).join(', ')}` : '';
    return `${String(gap.count).padStart(4)}×  ${gap.question}  (${gap.reason}, last ${gap.lastAsked.toISOString().slice(0, 10)}${closest}${picked})`;
  });
  return `${lines.join('\n')}\n`;
}
