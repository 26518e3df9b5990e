import { stemmer } from 'stemmer';

/**
 * Words people use for the same idea, folded into the first word of the group on both
 * sides (question and knowledge). Keep groups tight: a group claims that its words are
 * interchangeable in Data 360 ingestion talk. Written as plain words; stemmed at load.
 */
const GROUPS: readonly string[][] = [
  ['delete', 'deleted', 'deletion', 'remove', 'removed', 'purge', 'purged', 'erase', 'erasure', 'ghost', 'lingering', 'orphaned', 'dropped'],
  ['cost', 'credit', 'credits', 'bill', 'billing', 'billed', 'expensive', 'price', 'pricing', 'consumption', 'spend', 'burn', 'charge', 'pay', 'costly', 'cheap', 'cheaper'],
  ['duplicate', 'dup', 'dupe', 'dupes', 'dups', 'dedupe', 'deduplicate'],
  ['overwrite', 'overwritten', 'overwrote', 'clobber', 'collapse', 'collapsed'],
  ['unique', 'uniqueness', 'distinct'],
  ['difference', 'diff', 'differ', 'different', 'differences'],
  ['realtime', 'instant', 'immediately'],
  ['stale', 'latency', 'lag', 'delay', 'delayed', 'late', 'outdated'],
  ['schedule', 'cadence', 'frequency', 'interval', 'cron', 'nightly', 'daily', 'hourly', 'weekly'],
  ['credential', 'creds', 'password', 'secret', 'token', 'auth', 'authentication', 'oauth'],
  ['expire', 'expired', 'lapse', 'lapsed', 'revoke', 'revoked', 'rotate', 'rotation'],
  ['event', 'click', 'clickstream', 'interaction', 'pageview', 'transaction'],
  ['field', 'column', 'attribute'],
  ['record', 'row', 'rows'],
  ['unused', 'unmapped', 'unneeded', 'unnecessary', 'bloat', 'bloated', 'junk'],
  ['fail', 'failure', 'broke', 'broken', 'error'],
  ['empty', 'zero'],
  ['alert', 'alerting', 'notification', 'monitoring', 'monitor'],
  ['s3', 'aws', 'amazon'],
  ['azure', 'adls', 'blob'],
];

const CANONICAL: ReadonlyMap<string, string> = new Map(
  GROUPS.flatMap((group) => {
    const canonical = stemmer(group[0] ?? '');
    return group.map((word) => [stemmer(word), canonical] as const);
  }),
);

/** The group's term for a stemmed word, or the word itself. */
export function canonicalTerm(stem: string): string {
  return CANONICAL.get(stem) ?? stem;
}

/** Phrases rewritten before tokenising, so that "real time" and "zero copy" are one word. */
export const PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\breal[\s-]?time\b/g, 'realtime'],
  [/\bnear[\s-]?realtime\b/g, 'realtime'],
  [/\bzero[\s-]?copy\b/g, 'zerocopy'],
  [/\bup[\s-]?sert/g, 'upsert'],
  [/\btime[\s-]?series\b/g, 'timeseries'],
  [/\bdata[\s-]?cloud\b/g, 'data360'],
  [/\bdata[\s-]?360\b/g, 'data360'],
  [/\bsales[\s-]?force\b/g, 'salesforce'],
  [/\bde[\s-]?dup/g, 'dedup'],
  [/\bre[\s-]?load/g, 'reload'],
  [/\bclick[\s-]?stream/g, 'clickstream'],
  [/\bpage[\s-]?views?\b/g, 'pageview'],
];
