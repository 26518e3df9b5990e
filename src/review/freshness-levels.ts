import type { DecisionFreshness, Schedule } from './stream-description.js';

/** Freshest first: `realtime` is within about five minutes. */
export const FRESHNESS_LEVELS = ['realtime', '15min', 'hourly', 'daily', 'weekly', 'monthly'] as const;
export type FreshnessLevel = (typeof FRESHNESS_LEVELS)[number];

/** A schedule that lands data; `live` lands nothing (zero copy queries the source). */
export type LandingSchedule = Exclude<Schedule, 'live'>;

const SCHEDULE_LEVEL: Record<LandingSchedule, FreshnessLevel> = {
  streaming: 'realtime',
  '15min': '15min',
  hourly: 'hourly',
  daily: 'daily',
  weekly: 'weekly',
  monthly: 'monthly',
};

/** 0 for `realtime` up to 5 for `monthly`: a higher rank is staler. */
export function rankOf(level: FreshnessLevel | DecisionFreshness): number {
  return FRESHNESS_LEVELS.indexOf(level);
}

export function scheduleRank(schedule: LandingSchedule): number {
  return rankOf(SCHEDULE_LEVEL[schedule]);
}

/** The stalest schedule that still meets a decision: `streaming` for `realtime`, else the same name. */
export function scheduleMeeting(decision: DecisionFreshness): LandingSchedule {
  return decision === 'realtime' ? 'streaming' : decision;
}

// A streaming stream is billed like a 15-minute schedule: the spec counts it that way.
const RUNS_A_MONTH: Record<LandingSchedule, number> = {
  streaming: 2_880,
  '15min': 2_880,
  hourly: 720,
  daily: 30,
  weekly: 4,
  monthly: 1,
};

export function runsAMonth(schedule: LandingSchedule): number {
  return RUNS_A_MONTH[schedule];
}

const WITHIN: Record<DecisionFreshness, string> = {
  realtime: 'in real time (within about 5 minutes)',
  '15min': 'within 15 minutes',
  hourly: 'within the hour',
  daily: 'within a day',
  weekly: 'within a week',
};

/** How fresh a decision needs its data, in words: `hourly` → "within the hour". */
export function within(decision: DecisionFreshness): string {
  return WITHIN[decision];
}
