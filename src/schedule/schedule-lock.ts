/**
 * The digest and the org sync run on one instance at a time, under the registry's `schedule`
 * lock (a PostgreSQL advisory lock). An instance that finds it held looks again after this: by
 * then the other has usually finished, and what it did (the day's posts, the sync) is found done.
 */
export const SCHEDULE_BUSY_RETRY_MS = 30_000;
