// A wrong or missed time's signal words, as a closed class: the preposition or bound word right before the gold
// span ("since", "from", "as early as", "about" …) and a bound phrase right after it ("or so", "onwards", "at the
// earliest"). Only words from these fixed lists are ever printed; anything else is "other" or "none".
import type { ShapeAnalysis } from './claim-shape.js';

/** Longest first: "as early as" before "as". */
const BEFORE = [
  'as early as', 'as soon as', 'as late as', 'no earlier than', 'no later than', 'not before', 'not until', 'on or after',
  'on or before', 'starting on', 'starting in', 'starting from', 'beginning on', 'beginning in', 'effective from',
  'as of', 'up to', 'prior to', 'ahead of', 'earlier than', 'later than', 'more than', 'less than', 'at least',
  'starting', 'beginning', 'effective', 'since', 'from', 'after', 'before', 'until', 'till', 'through', 'by', 'in',
  'on', 'at', 'for', 'during', 'within', 'over', 'around', 'about', 'roughly', 'approximately', 'some', 'nearly',
  'almost', 'circa', 'early', 'late', 'mid', 'the end of', 'the start of', 'the beginning of', 'the middle of', 'of', 'to',
];
const AFTER = ['or so', 'or more', 'or later', 'or earlier', 'onwards', 'onward', 'and beyond', 'at the earliest', 'at the latest', 'ago', 'later', 'earlier', 'to', 'until', 'and'];

/** "before: since; after: none" for the first occurrence of the gold span in the analysed text. */
export function timeSignalClass(text: string, span: string): string | undefined {
  const i = text.indexOf(span);
  if (i < 0 || !span) return undefined;
  const left = text.slice(Math.max(0, i - 24), i).toLowerCase().replace(/\s+/g, ' ');
  const right = text.slice(i + span.length, i + span.length + 20).toLowerCase().replace(/\s+/g, ' ');
  const b = BEFORE.find((w) => new RegExp(`(?:^|[^a-z])${w.replace(/ /g, ' ')}[ -]$`).test(left));
  const inner = BEFORE.find((w) => span.toLowerCase().startsWith(`${w} `));
  const a = AFTER.find((w) => new RegExp(`^,? ${w}(?![a-z])`).test(right));
  return `before: ${b ?? (/[a-z] $/.test(left) ? 'other word' : 'none')}${inner ? `; starts with: ${inner}` : ''}; after: ${a ?? 'none'}`;
}

/** The detail for a scorer line about a time (not found, wrong value or mod); undefined for other lines. */
export function timeMissDetail(line: string, analysisOf: (label: string) => ShapeAnalysis | undefined): string | undefined {
  const m = /^\s*miss ([^:]*): time "(.*?)"(?: \S+(?: [A-Z_]+)? got \S+(?: [A-Z_]+)?)?$/.exec(line);
  if (!m) return undefined;
  const a = analysisOf(m[1]!);
  if (!a?.document?.text) return undefined;
  return timeSignalClass(a.document.text, m[2]!);
}
