import { InputError, type InputIssue } from '../errors.js';
import type { DescribedStream } from './described-stream.js';

/**
 * Refuses a list that names a stream twice: one entry would silently overwrite the other.
 * Each repeat is reported with its index and name, next to the first one's index.
 */
export function assertUniqueNames(streams: readonly DescribedStream[], source: string): void {
  const first = new Map<string, number>();
  const issues: InputIssue[] = [];
  streams.forEach((stream, index) => {
    const earlier = first.get(stream.name);
    if (earlier === undefined) first.set(stream.name, index);
    else issues.push({ path: `[${index}].name`, message: `[${index}] ${JSON.stringify(stream.name)} is also at [${earlier}]; list each stream once.` });
  });
  if (issues.length === 0) return;
  const shown = issues.slice(0, 20).map((issue) => `  - ${issue.message}`);
  if (issues.length > 20) shown.push(`  … and ${issues.length - 20} more`);
  throw new InputError(`${source} names ${issues.length === 1 ? 'a stream' : 'streams'} more than once; nothing was imported.\n${shown.join('\n')}`, issues);
}
