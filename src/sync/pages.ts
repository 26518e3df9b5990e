import { OrgUnavailableError } from '../salesforce/org-errors.js';
import type { OrgSession } from '../salesforce/org-session.js';

/** A sync stops at this many pages of one resource: far more than an org's 5,000 streams need. */
const MAX_PAGES = 1_000;

/**
 * Reads a paginated resource: `read` takes one page's body and returns the next page's URL, or
 * null at the end. A page URL seen twice would loop forever, and is refused as a malformed answer.
 */
export async function readPages(session: OrgSession, first: string, read: (body: unknown, url: string) => string | null): Promise<void> {
  const seen = new Set<string>();
  let url: string | null = first;
  while (url !== null) {
    if (seen.has(url) || seen.size >= MAX_PAGES) throw new OrgUnavailableError(`The org's pages do not end (${new URL(url, session.instanceUrl).pathname} again after ${seen.size} pages); the sync stopped.`);
    seen.add(url);
    url = read(await session.get(url), url);
  }
}

export function malformed(url: string, instanceUrl: string, expected: string): OrgUnavailableError {
  return new OrgUnavailableError(`The org answered GET ${new URL(url, instanceUrl).pathname} with a body that is not ${expected}; nothing was written. The next sync tries again.`);
}
