// The report's date (the analysis anchor, "2024-05-10" or an ISO date-time) as the checks read it: its year, and its
// day as UTC milliseconds at midnight. One parse for every check file, instead of each slicing the string its own way;
// a missing or malformed anchor gives undefined (NaN for the day), never a year of NaN that a comparison would treat
// as a stated figure's mismatch.

const YEAR_RE = /^(\d{4})/;

/** The report's year, or undefined without a readable anchor. */
export function anchorYear(anchor: string | undefined): number | undefined {
  const m = anchor ? YEAR_RE.exec(anchor) : null;
  return m ? Number(m[1]) : undefined;
}

/** The report's day, UTC midnight in milliseconds; NaN without a readable anchor. */
export function anchorDayMs(anchor: string | undefined): number {
  return anchor ? Date.parse(`${anchor.slice(0, 10)}T00:00:00Z`) : NaN;
}
