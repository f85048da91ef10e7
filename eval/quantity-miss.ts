// Why a gold quantity was missed, without its text: the shared scorer only says `quantity "TEXT"`, so with the
// analysis at hand (the scorer's CLI output, kept by the tee in shared-scorer.ts) a miss is classed as
// not found / value differs / unit differs / bound differs, naming unit *classes* ("count noun", "currency"),
// value ratios and bound codes, never a word, number or unit of the report.
import { BY_SYMBOL } from '../src/nlp/quantity/units.js';

export interface GoldQuantity { text: string; value: number; unit: string; bound?: string }
export interface SysQuantity { start: number; end: number; value: number; unit: string; bound?: string; rule?: string }
interface SysTime { start: number; end: number }

/**
 * The parts of a system rule ("quantity:digits+count:plural-noun+bound:over") whose name starts with `prefix`:
 * rule names and closed-class bound cues of our own lexicon, never report text.
 */
export function ruleParts(rule: string | undefined, prefix: string): string {
  const parts = (rule ?? '').replace(/^quantity:/, '').split('+').filter((p) => p.startsWith(prefix));
  return parts.length ? parts.join('+') : `no ${prefix.replace(/:$/, '')} rule`;
}

/** The class of a unit: person, count noun, currency, physical, percent, points; never the unit itself. */
export function unitClass(unit: string | undefined): string {
  if (!unit) return 'none';
  if (unit === 'person') return 'person';
  if (unit === '%') return 'percent';
  if (unit === 'percentage point' || unit === 'pp' || unit === 'bp') return 'points';
  if (/^[A-Z]{3}$/.test(unit)) return 'currency';
  if (BY_SYMBOL.has(unit)) return 'physical';
  return 'count noun';
}

/** How a system count noun relates to the gold one, in words that name neither. */
export function nounRelation(gold: string, sys: string): string {
  const g = gold.toLowerCase(); const s = sys.toLowerCase();
  const stem = (w: string): string => w.replace(/(?:ies|es|s)$/, '');
  if (stem(g) === stem(s)) return 'another inflection';
  const gw = g.split(/[\s-]+/); const sw = s.split(/[\s-]+/);
  if (sw.length > gw.length && sw.slice(-gw.length).join(' ') === gw.join(' ')) return 'sys keeps a modifier';
  if (gw.length > sw.length && gw.slice(-sw.length).join(' ') === sw.join(' ')) return 'sys drops a modifier';
  if (sw.includes(gw[gw.length - 1]!) || gw.includes(sw[sw.length - 1]!)) return 'shares a word, other head';
  return 'other noun';
}

/** How a wrong value relates to the gold one: a power-of-ten scale, a range end, larger or smaller. */
export function valueRelation(gold: number, sys: number): string {
  if (gold === 0 || sys === 0) return sys > gold ? 'sys larger' : 'sys smaller';
  const r = sys / gold;
  const p = Math.log10(Math.abs(r));
  if (Math.abs(p - Math.round(p)) < 1e-9 && Math.round(p) !== 0) return `sys x1e${Math.round(p)}`;
  if (Math.abs(r) < 1) return 'sys smaller';
  return 'sys larger';
}

/** The coarse make of a gold text: digits or number words only, with "of" ("a third of the residents"). */
function textMake(t: string): string {
  return (/\d/.test(t) ? 'digits' : 'words') + (/\bof\b/i.test(t) ? ' with "of"' : '');
}

/** Whether a count noun unit is written in the gold text as such: plural, singular or not at all. */
function nounWritten(unit: string, t: string): string {
  const words = t.toLowerCase().split(/[^\p{L}]+/u);
  const last = unit.toLowerCase().split(/\s+/).pop()!;
  if (words.includes(last)) return 'noun singular in text';
  const stem = last.replace(/y$/, '');
  if (words.some((w) => w !== last && w.startsWith(stem) && w.length <= last.length + 3)) return 'noun plural in text';
  return 'noun not in text';
}

/** Where a count noun absent from the gold text stands: earlier or later in the sentence around it, or not there. */
function nounInSentence(unit: string, text: string, span: { start: number; end: number }): string {
  const from = Math.max(text.lastIndexOf('.', span.start - 1), text.lastIndexOf('\n', span.start - 1)) + 1;
  const ends = ['.', '\n'].map((c) => text.indexOf(c, span.end)).filter((i) => i >= 0);
  const to = ends.length ? Math.min(...ends) : text.length;
  const stem = unit.toLowerCase().split(/\s+/).pop()!.replace(/y$/, '');
  const has = (s: string): boolean => s.toLowerCase().split(/[^\p{L}]+/u).some((w) => w.startsWith(stem) && w.length <= stem.length + 4);
  if (has(text.slice(from, span.start))) return 'earlier in the sentence';
  if (has(text.slice(span.end, to))) return 'later in the sentence';
  return 'not in the sentence';
}

const EXTREMUM_WORD_RE = /\b(?:minimum|maximum|max|peak|top|highest|lowest|record|floor|ceiling|cap)\b[^.;:!?]{0,40}$/i;
const REACH_BEFORE_RE = /\b(?:reach(?:ed|es|ing)?|r[io]se|rising|climb(?:ed|s|ing)?|hit|peak(?:ed|s|ing)?|gust(?:ed|s|ing)?|soar(?:ed|s|ing)?)\s+(?:up to|as (?:much|high|many) as)\s*$/i;
const OF_UP_TO_RE = /\bof\s+up to\s*$/i;
const MODAL_RE = /\b(?:could|may|might|will|would|expected|forecast|predicted|projected|likely|possible|faces?|facing)\b/i;
/**
 * Closed-class cues around a quantity whose bound differs, in words of our own (never the report's): whether it is
 * a range end written with its unit on both ends, follows "from", has an extremum word before it in its clause,
 * and for "up to", whether a verb of reaching or "of" precedes the cue and a modal or forecast word is in the sentence.
 */
export function boundShape(text: string, q: { start: number; end: number; rule?: string }): string {
  const notes: string[] = [];
  const sStart = Math.max(text.lastIndexOf('.', q.start - 1), text.lastIndexOf('\n', q.start - 1)) + 1;
  const ends = ['. ', '\n'].map((c) => text.indexOf(c, q.end)).filter((i) => i >= 0);
  const sEnd = ends.length ? Math.min(...ends) : text.length;
  const before = text.slice(sStart, q.start);
  const after = text.slice(q.end, sEnd);
  if (/^\s*(?:[-–—]|to|and)\s*\D{0,3}\d/.test(after)) notes.push('another figure follows after a dash, to or and');
  if (/\d\D{0,3}\s*(?:[-–—]|to|and)\s*$/.test(before)) notes.push('after a figure and a dash, to or and');
  if (/\bfrom\s+\D{0,3}$/i.test(before)) notes.push('after from');
  if (/\bbetween\s+\D{0,3}$/i.test(before)) notes.push('after between');
  if (EXTREMUM_WORD_RE.test(before)) notes.push('an extremum word before in the clause');
  const upTo = text.slice(q.start, q.end).search(/\bup to\b/i);
  if (upTo >= 0) {
    const lead = text.slice(sStart, q.start + upTo + 5);
    if (REACH_BEFORE_RE.test(lead)) notes.push('a verb of reaching before up to');
    if (OF_UP_TO_RE.test(lead)) notes.push('of before up to');
    notes.push(MODAL_RE.test(text.slice(sStart, sEnd)) ? 'a modal or forecast word in the sentence' : 'no modal or forecast word in the sentence');
  }
  return notes.join(', ');
}

/**
 * For a gold count noun where the system read a physical unit: whether the gold noun is written in the gold text,
 * whether it follows the system's span within four words (a measure used as a modifier: "two 155mm shells"), and
 * whether the gold unit holds a space or is an abbreviation of two to three letters ("sq mi", "L") — never the words.
 */
export function measureNounShape(unit: string, text: string, span: { start: number; end: number }, q: { end: number }): string {
  const notes: string[] = [];
  const w = nounWritten(unit, text.slice(span.start, span.end));
  notes.push(w);
  const stem = unit.toLowerCase().split(/\s+/).pop()!.replace(/y$/, '');
  const next = text.slice(Math.max(q.end, span.end)).split(/\s+/).filter(Boolean).slice(0, 4).map((x) => x.toLowerCase().replace(/[^\p{L}]+/gu, ''));
  if (stem && next.some((x) => x.startsWith(stem) && x.length <= stem.length + 4)) notes.push('gold noun follows the span');
  if (/\s/.test(unit)) notes.push('gold unit has a space');
  else if (/^[A-Za-z]{1,3}$/.test(unit)) notes.push('gold unit is a short symbol');
  return notes.join(', ');
}

/**
 * The kind of a missed gold quantity, given the document text and the system quantities. Candidates are the
 * system quantities overlapping the gold span; the nearest to a hit decides the class.
 */
export function quantityMissKind(g: GoldQuantity, text: string, sys: readonly SysQuantity[], times: readonly SysTime[] = []): string {
  const gc = unitClass(g.unit);
  const at = text.indexOf(g.text);
  if (at < 0) return 'quantity: gold text not in the analysed text';
  const span = { start: at, end: at + g.text.length };
  const over = sys.filter((q) => q.start < span.end && span.start < q.end);
  if (!over.length) {
    const notes = [`gold ${gc}`, textMake(g.text)];
    if (gc === 'count noun') {
      const w = nounWritten(g.unit, g.text);
      notes.push(w === 'noun not in text' ? `noun ${nounInSentence(g.unit, text, span)}` : w);
    }
    // one token: its shape only, digits as '#' and letters as 'a' ("12-storey" → "#-a")
    if (/^\S+$/.test(g.text.trim())) notes.push(`one token ${g.text.trim().replace(/\d+(?:[.,]\d+)*/g, '#').replace(/\p{L}+/gu, 'a')}`);
    else if (/\w-\w/.test(g.text)) notes.push('hyphenated');
    if (g.value === 1) notes.push('value 1');
    if (g.bound) notes.push(`bound ${g.bound}`);
    if (times.some((t) => t.start < span.end && span.start < t.end)) notes.push('overlaps a system time');
    if (sys.some((q) => q.value === g.value && q.unit === g.unit)) notes.push('found elsewhere in the text');
    return `quantity not found: no overlapping system quantity (${notes.join(', ')})`;
  }
  const same = over.find((q) => q.value === g.value && q.unit === g.unit);
  if (same) {
    const shape = boundShape(text, same);
    return `quantity bound differs (${gc}): want ${g.bound ?? 'none'} got ${same.bound ?? 'none'}${same.bound ? ` (${ruleParts(same.rule, 'bound:')}${/range-(?:low|high)/.test(same.rule ?? '') ? ', a range end' : ''})` : ''}${shape ? `; ${shape}` : ''}`;
  }
  const sameValue = over.find((q) => q.value === g.value);
  if (sameValue) {
    const sc = unitClass(sameValue.unit);
    let k = `quantity unit differs: gold ${gc} / sys ${sc}`;
    if (gc === sc && sc === 'count noun') k += `, ${nounRelation(g.unit, sameValue.unit)}`;
    if (gc === 'count noun' && sc === 'physical') k += `, ${measureNounShape(g.unit, text, span, sameValue)}`;
    return `${k} (${ruleParts(sameValue.rule, 'count:')})`;
  }
  const sameUnit = over.find((q) => q.unit === g.unit);
  if (sameUnit) return `quantity value differs (${gc}): ${valueRelation(g.value, sameUnit.value)}`;
  const q = over[0]!;
  return `quantity value and unit differ: gold ${gc} / sys ${unitClass(q.unit)}, ${valueRelation(g.value, q.value)}`;
}

/** The kinds of every missed quantity of one gold file, in gold order, keyed by gold text (the scorer's miss key). */
export function quantityMissKinds(gold: { quantities?: GoldQuantity[] }, out: { document?: { text?: string }; quantities?: SysQuantity[]; times?: SysTime[] } | undefined): Map<string, string[]> {
  const kinds = new Map<string, string[]>();
  const text = out?.document?.text ?? '';
  const sys = out?.quantities ?? [];
  const times = out?.times ?? [];
  for (const g of gold.quantities ?? []) {
    const at = text.indexOf(g.text);
    const span = { start: at, end: at + g.text.length };
    const hit = at >= 0 && sys.some((q) => q.start < span.end && span.start < q.end && q.value === g.value && q.unit === g.unit && (!g.bound || q.bound === g.bound));
    if (hit) continue;
    const kind = out ? quantityMissKind(g, text, sys, times) : 'quantity: no analysis kept';
    kinds.set(g.text, [...(kinds.get(g.text) ?? []), kind]);
  }
  return kinds;
}
