import type { InputIssue } from '../errors.js';
import type { DescribedStream } from './described-stream.js';
import { detached } from './detached.js';

/**
 * A check that refuses a stream named a second time in one file: one entry would silently
 * overwrite the other. The repeat is reported with its index and name, next to the first's.
 */
export function uniqueNames(): (stream: DescribedStream, index: number) => InputIssue | null {
  const first = new Map<string, number>();
  return (stream, index) => {
    const earlier = first.get(stream.name);
    if (earlier === undefined) {
      first.set(detached(stream.name), index);
      return null;
    }
    return { path: `[${index}].name`, message: `[${index}] ${JSON.stringify(stream.name)} is also at [${earlier}]; list each stream once.` };
  };
}
