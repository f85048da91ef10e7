// Publication dates as pages and feeds write them, to ISO 8601. Kept apart from html.ts so that feed parsing
// (on the ingest main thread) does not load the DOM and Readability.

/** Normalises a page date to ISO (date, or date-time in UTC) or undefined when unreadable. */
export function isoDate(v: string | undefined): string | undefined {
  if (!v) return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})(?:$|T)/.exec(v.trim());
  if (m && v.trim().length === 10) return m[1];
  const t = Date.parse(v);
  if (Number.isNaN(t)) return m ? m[1] : undefined;
  return new Date(t).toISOString().replace('.000Z', 'Z');
}
