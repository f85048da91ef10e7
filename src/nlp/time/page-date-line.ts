// A page's own date line: "Published: 2024-04-03", "Updated 12 March 2024, 10:32 GMT", "Thursday, October 17, 2007"
// alone on a line near the top. Its date says when the page was written, not a day the story tells.
import { readWordSet } from '../../core/word-lists.js';
import { weekdayNumber } from './patterns.js';

const LABELS = [...readWordSet('time-dateline-labels.txt')].sort((a, b) => b.length - a.length);
/** How far into the text a page's date line may stand (headline, byline and date lines come first). */
const HEAD = 400;
/** After the date on its line: nothing, or a clock time with a zone ("10:32 GMT", "| 3:45 pm IST"). */
const AFTER_DATE = /^[\s,|·•–—-]*(?:(?:at\s+)?\d{1,2}(?:[:.]\d\d){1,2}\s*(?:[ap]\.?m\.?)?\s*(?:\(?[A-Z]{2,5}\)?(?:\s*[+-]\s*\d{1,2}(?::?\d\d)?)?)?)?[\s.]*$/i;

/**
 * Whether the date at [start, end) stands on a page's date line near the top of the text: the line holds only an
 * optional label ("Published:", "Updated on"), an optional weekday, the date and an optional clock time.
 */
export function onPageDateLine(text: string, start: number, end: number): boolean {
  if (start > HEAD) return false;
  const ls = text.lastIndexOf('\n', start - 1) + 1;
  // (bounded look: a date line is short, so never scan a long line to its end)
  const tail = text.slice(end, ls + 121);
  const nl = tail.indexOf('\n');
  if (nl < 0 && ls + 121 < text.length) return false;
  const le = nl < 0 ? Math.min(text.length, ls + 121) : end + nl;
  if (!AFTER_DATE.test(text.slice(end, le))) return false;
  let lead = text.slice(ls, start).trim().toLowerCase().replace(/[\s:|·•–—-]+$/, '').trim();
  // "Published: Thursday, 17 October": the weekday names the date's own day
  const words = lead.split(/\s+/);
  if (words.length && weekdayNumber(words[words.length - 1]!.replace(/,$/, '')) !== undefined) lead = words.slice(0, -1).join(' ').replace(/[\s:,|·•–—-]+$/, '');
  if (!lead) return true;
  return LABELS.some((l) => lead === l || lead === `${l} on`);
}

/** A wire dateline's head: a place in capitals opening its line ("KANO, Nigeria, ", "WASHINGTON ") before the date. */
const WIRE_HEAD = /^[A-Z][A-Z.'’ -]{1,40}(?:,[ \t]+[A-Z][A-Za-z.'’ -]{1,40}){0,2},?[ \t]+$/;
/** After a wire dateline's date: an optional year and agency in brackets, then the dash that opens the story. */
const WIRE_TAIL = /^(?:,?[ \t]+\d{4})?[ \t]*(?:\([A-Z][A-Za-z .&-]{1,30}\)[ \t]*)?[-–—]/;

/**
 * Whether the date at [start, end) is a wire dateline's ("KANO, Nigeria, Dec 12 (Reuters) - Gunmen …"): the place in
 * capitals opens the line, the agency and a dash follow. Like a page's date line it dates the report, not the story.
 */
export function onWireDateline(text: string, start: number, end: number): boolean {
  if (start > HEAD) return false;
  const ls = text.lastIndexOf('\n', start - 1) + 1;
  return WIRE_HEAD.test(text.slice(ls, start)) && WIRE_TAIL.test(text.slice(end, end + 40));
}
