/**
 * Teams limits each app to 50 requests a second per tenant (learn.microsoft.com/microsoftteams/
 * platform/bots/how-to/rate-limit), shared with the replies the bot sends meanwhile. The digest
 * spaces its posts to one tenant by this much, far under the limit; 429s are still retried.
 */
export const DIGEST_SPACING_MS = 250;

export type Sleep = (ms: number) => Promise<void>;

const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Spaces calls per tenant: each waits until `intervalMs` after the previous one to its tenant. */
export class TenantPacer {
  private readonly nextAt = new Map<string, number>();

  constructor(
    private readonly intervalMs: number = DIGEST_SPACING_MS,
    private readonly sleep: Sleep = realSleep,
    private readonly clock: () => number = Date.now,
  ) {}

  async wait(tenant: string): Promise<void> {
    const now = this.clock();
    const at = this.nextAt.get(tenant) ?? now;
    this.nextAt.set(tenant, Math.max(now, at) + this.intervalMs);
    if (at > now) await this.sleep(at - now);
  }
}
