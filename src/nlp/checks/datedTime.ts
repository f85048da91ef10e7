// A time the checks can date: a DATE whose value is a year, a month or a day and whose text writes digits or a month
// name (not "last year"), with the earliest and latest instant it may name (UTC ms) and its value as a label.
import type { TimeExpr } from '../../core/types.js';
import { MONTHS } from '../time/lexicon.js';

const DATE_VALUE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/** A month's name or abbreviation as news writes it (the time stage's list). */
export const MONTH_NAME_RE = new RegExp(`\\b(?:${MONTHS.map(([m]) => m).join('|')})\\b`);

export interface Dated { t: TimeExpr; i: number; earliest: number; latest: number; label: string }

/** `t` (the `i`-th time of the document) as an interval, or undefined when it is no written calendar date. */
export function dated(t: TimeExpr, i: number): Dated | undefined {
  const m = DATE_VALUE_RE.exec(t.value);
  if (t.type !== 'DATE' || !m || !(/\d/.test(t.text) || MONTH_NAME_RE.test(t.text))) return undefined;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : undefined;
  const d = m[3] ? Number(m[3]) : undefined;
  const earliest = Date.UTC(y, (mo ?? 1) - 1, d ?? 1);
  const latest = d !== undefined ? earliest : mo !== undefined ? Date.UTC(y, mo, 0) : Date.UTC(y, 11, 31);
  return { t, i, earliest, latest, label: t.value };
}
