// The calendar shape of a TIMEX3 value — what kind of time it names, never the time itself — shared by the TimeML
// error buckets (eval/scorers/timeml.ts) and the held-out miss counts (eval/miss-kinds.ts). Each caller first takes
// out what it classifies its own way (references, durations, sets, unresolved values); `week` is the caller's
// reading of a week value.

export function calendarShape(v: string, week: RegExp): string {
  if (/T/.test(v)) return 'time-of-day';
  if (week.test(v)) return 'week';
  if (/Q[1-4X]|H[12]/.test(v)) return 'quarter/half';
  if (/-(?:SP|SU|FA|WI)$/.test(v)) return 'season';
  if (/^\d{2,3}X*$/.test(v)) return 'decade/century';
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return 'day';
  if (/^\d{4}-\d{2}$/.test(v)) return 'month';
  if (/^\d{4}$/.test(v)) return 'year';
  return 'other';
}
