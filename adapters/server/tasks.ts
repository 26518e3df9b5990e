import type { Logger } from '../../src/logging/logger.js';

/**
 * Work that outlives its HTTP request: a slash command is acknowledged at once and answered
 * after. Shutdown waits for it (drain), and a failure is logged instead of crashing the process.
 */
export class TaskTracker {
  private readonly running = new Set<Promise<unknown>>();

  constructor(private readonly logger: Logger) {}

  /** Starts `work` in the background; its failure is logged under `name` and `onError` runs. */
  run(name: string, work: () => Promise<unknown>, onError?: (error: unknown) => Promise<unknown> | unknown): void {
    const task = (async () => {
      try {
        await work();
      } catch (error) {
        this.logger.error({ task: name, err: describe(error) }, 'background task failed');
        if (onError) await Promise.resolve(onError(error)).catch((second: unknown) => this.logger.error({ task: name, err: describe(second) }, 'could not report the failure'));
      }
    })();
    this.track(task);
  }

  /** Counts a promise as in flight until it settles (its errors are the caller's to handle). */
  track(promise: Promise<unknown>): void {
    this.running.add(promise);
    const forget = () => this.running.delete(promise);
    promise.then(forget, forget);
  }

  get size(): number {
    return this.running.size;
  }

  /** Waits until nothing is running, or `timeoutMs`; true when everything finished. */
  async drain(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.running.size > 0) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, left)));
      await Promise.race([Promise.allSettled([...this.running]), timeout]);
      clearTimeout(timer);
    }
    return true;
  }
}

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
