/**
 * The README's first review example as typed in chat (the four required inputs only), and what
 * a person answers to each question it raises, in the order the rules ask them.
 */
export const HALF_FILLED = 'name="Web orders" connector=s3 category=engagement refreshMode=upsert';

export const ANSWERS: ReadonlyArray<readonly [string, string | string[]]> = [
  ['schedule', 'hourly'],
  ['decisionFreshness', 'hourly'],
  ['primaryKey', 'order_id'],
  ['deletes', 'delete-file'],
  ['dataShape', 'event'],
  ['eventTimeField', 'ordered_at'],
  ['uses', ['segmentation']],
  ['owner', 'web-team'],
  ['alerting', 'true'],
];

/** The answers each choice question offers: all its values, but for deletes only those that fit an S3 stream. */
export const CHOICES: Readonly<Record<string, string[]>> = {
  schedule: ['streaming', '15min', 'hourly', 'daily', 'weekly', 'monthly', 'live'],
  decisionFreshness: ['realtime', '15min', 'hourly', 'daily', 'weekly'],
  deletes: ['delete-file', 'soft-delete-flag', 'periodic-full-refresh', 'none'],
  dataShape: ['entity', 'event', 'reference'],
  alerting: ['true', 'false'],
};
