/** A time as every message shows it, to the minute in UTC: `2026-12-03 06:00 UTC`. */
export function utcMinute(at: Date): string {
  return `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
