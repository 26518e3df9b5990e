import { utcMinute } from '../text/utc-minute.js';
import type { StreamStatus } from './stream-status.js';

/** How a platform writes people's text (escaped for its markup) and a reviewer (a mention where it can). */
export interface StatusFormat {
  text(value: string): string;
  who(by: string): string;
}

/** The lines of a status card, in the platform's markup. */
export interface StatusLines {
  review: string;
  health: string;
  /** Snoozes and removal from the org, when they apply. */
  notes: string[];
}

const day = (at: Date | number): string => new Date(at).toISOString().slice(0, 10);
const count = new Intl.NumberFormat('en-US');

/** The stream's review state and latest run health, one line each. */
export function statusLines(status: StreamStatus, format: StatusFormat): StatusLines {
  return { review: reviewLine(status, format), health: healthLine(status, format), notes: notes(status) };
}

function reviewLine(status: StreamStatus, format: StatusFormat): string {
  const review = status.latestReview;
  if (status.state === 'never-reviewed' || !review) return `Never reviewed (in the registry since ${day(status.createdAt)}).`;
  const what = `${review.verdict} review on ${day(review.at)} by ${format.who(review.by)} (${review.via})`;
  switch (status.state) {
    case 'checked':
      return `Checked: ${what}.`;
    case 'changed-since-review':
      return `Changed since its ${what}.`;
    case 'failed-review':
      return `Failed review: ${what}.`;
    case 'stale-review':
      return `Review too old: ${what}.`;
  }
}

function healthLine(status: StreamStatus, format: StatusFormat): string {
  if (status.notLanding) return `Not landing: ${format.text(status.notLanding.line)}`;
  const run = status.latestRun;
  if (!run) return 'No run data: no sync has seen this stream run (`ingest-advisor streams sync` reads it from the org).';
  const rows = run.rowsAdded === null ? '' : `, ${count.format(run.rowsAdded)} rows added`;
  const code = run.errorCode ? `, ${format.text(run.errorCode)}` : '';
  const seen = `${format.text(run.status ?? 'with no status')} at ${utcMinute(run.refreshedAt)}${rows}${code}.`;
  // A stream gone from the org is not judged, so its last run is only reported.
  return status.removedAt ? `Last run ${seen}` : `Landing: last run ${seen}`;
}

function notes(status: StreamStatus): string[] {
  const out: string[] = [];
  if (status.removedAt) out.push(`Gone from the org since ${day(status.removedAt)}; kept in the registry, left out of the digest.`);
  if (status.snoozedUntil) out.push(`Snoozed from the digest until ${day(status.snoozedUntil)}.`);
  return out;
}
