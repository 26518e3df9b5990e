/**
 * Writes sent one after another, each started before the caller goes on to prepare the next, so
 * the database inserts one piece while this process reads and checks the next (on PostgreSQL,
 * most of a large import's time). At most one write is in flight; `drain` waits for it, and a
 * failed write fails the next `write` or `drain` (inside a transaction, which then rolls back).
 */
export class WriteBehind {
  private pending: Promise<void> = Promise.resolve();

  async write(work: () => Promise<unknown>): Promise<void> {
    await this.pending;
    const next = work().then(() => undefined);
    // Observed here so that a failure is not reported as unhandled before `drain` rethrows it.
    next.catch(() => undefined);
    this.pending = next;
  }

  drain(): Promise<void> {
    return this.pending;
  }
}
