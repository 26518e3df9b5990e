import { InputError, MAX_SHOWN_ISSUES, type InputIssue } from '../../errors.js';
import { describeValue } from '../schema/values.js';

/** `[3] "Cart events"`, or `[3] (no name)`: how a person finds an entry in their list. */
export function entryLabel(index: number, entry: unknown): string {
  const name = typeof entry === 'object' && entry !== null && 'name' in entry ? entry.name : undefined;
  return `[${index}] ${typeof name === 'string' && name.trim() !== '' ? describeValue(name.trim()) : '(no name)'}`;
}

/**
 * The problems of a list's entries, in order, bounded: the first `MAX_SHOWN_ISSUES` are kept
 * with the entries they belong to, the rest only counted, so a file of 300,000 bad entries
 * still gives a short error (and little memory).
 */
export class ProblemLog {
  private readonly issues: InputIssue[] = [];
  private readonly labels: string[] = [];
  private leftOut = 0;
  /** Entries with at least one problem. */
  badEntries = 0;

  /** Whether a further problem would still be shown (worth working out its message). */
  get showsMore(): boolean {
    return this.issues.length < MAX_SHOWN_ISSUES;
  }

  add(label: string, issues: readonly InputIssue[]): void {
    this.badEntries++;
    const room = Math.max(0, MAX_SHOWN_ISSUES - this.issues.length);
    if (room > 0) this.labels.push(label);
    this.issues.push(...issues.slice(0, room));
    this.leftOut += Math.max(0, issues.length - room);
  }

  /** One more bad entry whose problems are not shown; `count` of them. */
  count(problems: number): void {
    this.badEntries++;
    this.leftOut += problems;
  }

  /** The error for a list of `total` entries, naming the bad entries shown and counting the rest. */
  error(source: string, total: number): InputError {
    const unnamed = this.badEntries - this.labels.length;
    const names = `${this.labels.join(', ')}${unnamed > 0 ? ` and ${unnamed.toLocaleString('en')} more` : ''}`;
    const counts = `${this.badEntries.toLocaleString('en')} of ${total.toLocaleString('en')}`;
    return new InputError(`${counts} stream descriptions in ${source} have problems: ${names}.`, this.issues, this.leftOut);
  }
}
