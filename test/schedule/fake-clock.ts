import type { Clock } from '../../src/schedule/clock.js';

interface Timer {
  at: number;
  callback: () => void;
}

/** A clock that moves only when told to, firing due timers in order on the way. */
export class FakeClock implements Clock {
  private time: number;
  private timers: Timer[] = [];
  /** Every delay asked for, to check that nothing waits longer than a timer can. */
  readonly delays: number[] = [];

  constructor(start: string | Date) {
    this.time = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.time);
  }

  setTimer(ms: number, callback: () => void): () => void {
    this.delays.push(ms);
    const timer = { at: this.time + ms, callback };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }

  pending(): number {
    return this.timers.length;
  }

  /** Moves to `target`, firing every timer due before it at its own time, and lets the work it starts settle. */
  async advanceTo(target: string | Date): Promise<void> {
    const end = new Date(target).getTime();
    for (;;) {
      const due = this.timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.time = Math.max(this.time, due.at);
      due.callback();
      await settle();
    }
    this.time = Math.max(this.time, end);
    await settle();
  }
}

/** Lets promise chains started by a timer run to their end. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await new Promise<void>((resolve) => setImmediate(resolve));
}
