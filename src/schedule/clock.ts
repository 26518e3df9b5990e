/** Time as the schedule sees it: injected so tests can run days in milliseconds. */
export interface Clock {
  now(): Date;
  /** Calls `callback` after `ms`; returns a function that cancels it. */
  setTimer(ms: number, callback: () => void): () => void;
}

/** Node's timers cannot wait longer than about 24.8 days; the schedule re-arms after this. */
export const MAX_TIMER_MS = 24 * 60 * 60 * 1000;

export const systemClock: Clock = {
  now: () => new Date(),
  setTimer(ms, callback) {
    const handle = setTimeout(callback, Math.max(0, Math.min(ms, MAX_TIMER_MS)));
    return () => clearTimeout(handle);
  },
};
