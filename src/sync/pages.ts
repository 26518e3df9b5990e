import { OrgUnavailableError } from '../salesforce/org-errors.js';
import type { OrgSession } from '../salesforce/org-session.js';
import type { OrgStream, SourceReading } from './org-stream.js';

/** A sync stops at this many pages of one resource: far more than an org's 5,000 streams need. */
const MAX_PAGES = 1_000;

/**
 * Reads a paginated resource: `read` takes one page's body and returns the next page's URL, or
 * null at the end. A page URL seen twice would loop forever, and is refused as a malformed answer.
 */
async function readPages(session: OrgSession, first: string, read: (body: unknown, url: string) => string | null): Promise<void> {
  const seen = new Set<string>();
  let url: string | null = first;
  while (url !== null) {
    if (seen.has(url) || seen.size >= MAX_PAGES) throw new OrgUnavailableError(`The org's pages do not end (${new URL(url, session.instanceUrl).pathname} again after ${seen.size} pages); the sync stopped.`);
    seen.add(url);
    url = read(await session.get(url), url);
  }
}

function malformed(url: string, instanceUrl: string, expected: string): OrgUnavailableError {
  return new OrgUnavailableError(`The org answered GET ${new URL(url, instanceUrl).pathname} with a body that is not ${expected}; nothing was written. The next sync tries again.`);
}

/** How to read one paginated source of streams. */
export interface StreamPages {
  first: string;
  /** What a page should be, for the message when it is not. */
  expected: string;
  /** A page's items and the next page's URL, or null when the body is not a page. */
  page(body: unknown): { items: unknown[]; next: string | null } | null;
  /** One item as a stream, or null when it has no name. */
  toStream(item: unknown): OrgStream | null;
  /** The note for items skipped for want of a name. */
  unnamed(count: number): string;
}

/** Every stream of a paginated source; items without a name are skipped and counted in a note. */
export async function readStreamPages(session: OrgSession, source: StreamPages): Promise<SourceReading> {
  const streams: OrgStream[] = [];
  let unnamed = 0;
  await readPages(session, source.first, (body, url) => {
    const page = source.page(body);
    if (!page) throw malformed(url, session.instanceUrl, source.expected);
    for (const item of page.items) {
      const stream = source.toStream(item);
      if (stream) streams.push(stream);
      else unnamed += 1;
    }
    return page.next;
  });
  return { streams, notes: unnamed > 0 ? [source.unnamed(unnamed)] : [] };
}
