import type { Category, RefreshMode, Schedule } from '../review/stream-description.js';

/** An org value read: the review's value, `none` (the org says there is none), or unknown (kept and shown). */
export type Reading<T> = { value: T } | { none: true } | { unknown: string };

const upper = (raw: string): string => raw.trim().toUpperCase().replace(/[\s-]+/g, '_');

const REFRESH_MODES: Readonly<Record<string, RefreshMode>> = {
  UPSERT: 'upsert',
  FULL_REFRESH: 'full-refresh',
  TOTAL_REPLACE: 'full-refresh',
  REPLACE: 'full-refresh',
  INCREMENTAL: 'incremental',
  NEAR_REAL_TIME_INCREMENTAL: 'incremental',
};

// Thirty minutes is not a schedule the review knows; it falls in the 15-minute level.
const SCHEDULES: Readonly<Record<string, Schedule>> = {
  MINUTES_5: '15min',
  MINUTES_15: '15min',
  MINUTES_30: '15min',
  HOURLY: 'hourly',
  DAILY: 'daily',
  WEEKLY: 'weekly',
  MONTHLY: 'monthly',
  STREAMING: 'streaming',
  NEAR_REAL_TIME: 'streaming',
};

const CATEGORIES: Readonly<Record<string, Category>> = { PROFILE: 'profile', ENGAGEMENT: 'engagement', OTHER: 'other' };

export function readRefreshMode(raw: string): Reading<RefreshMode> {
  const value = REFRESH_MODES[upper(raw)];
  return value ? { value } : { unknown: raw };
}

export function readSchedule(raw: string): Reading<Schedule> {
  const key = upper(raw);
  if (key === 'NONE') return { none: true };
  const value = SCHEDULES[key];
  return value ? { value } : { unknown: raw };
}

export function readCategory(raw: string): Reading<Category> {
  const value = CATEGORIES[upper(raw)];
  return value ? { value } : { unknown: raw };
}
