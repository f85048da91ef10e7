// The outlet that publishes the report: "he told the BBC" in a BBC report is the speaker speaking to the reader,
// so the outlet is no link of the chain (the outlet's own voice is the empty chain).
import * as L from '../claims/lexicon.js';

const GENERIC = new Set(L.OUTLET_GENERIC);
const LEAD = new Set(['the', 'a', 'an']);

function nameWords(s: string): string[] {
  return s.toLowerCase().replace(/['’]s\b/g, '').replace(/[^\p{L}\p{N} ]+/gu, ' ').split(/\s+/).filter((w) => w && !LEAD.has(w));
}

/** The distinctive words of a name: generic words dropped, unless nothing else is left. */
function core(ws: string[]): string[] {
  const c = ws.filter((w) => !GENERIC.has(w));
  return c.length ? c : ws;
}

/**
 * Does `source` name the outlet `outlet`? Equal distinctive words, one name's words opening the other ("Al Jazeera"
 * and "Al Jazeera English", "the BBC" and "BBC Newsround", "CNN's State of the Union" and "CNN"), or an acronym of the
 * other's words ("AP" and "the Associated Press"). "The New York Post" is not "The New York Times".
 */
export function namesOutlet(source: string, outlet: string | undefined): boolean {
  if (!outlet) return false;
  const a = nameWords(source), b = nameWords(outlet);
  if (!a.length || !b.length) return false;
  const ca = core(a), cb = core(b);
  const opens = (x: string[], y: string[]): boolean => x.length <= y.length && x.every((w, i) => y[i] === w);
  if (opens(ca, cb) || opens(cb, ca)) return true;
  // "BBC Radio 4" in a "BBC News" report: one acronym ahead of generic words alone
  if (ca[0] === cb[0] && /^[A-Z]{2,5}$/.test(source.replace(/^the\s+/i, '').split(/[\s'’]/)[0] ?? '') && (ca.length === 1 || cb.length === 1)) return true;
  const initials = (ws: string[]): string => ws.map((w) => w[0]).join('');
  if (ca.length === 1 && cb.length > 1 && ca[0] === initials(b)) return true;
  if (cb.length === 1 && ca.length > 1 && cb[0] === initials(a)) return true;
  return false;
}

/**
 * `source` is the last words of the outlet's name, its lead article dropped ("the Post" in a South China Morning Post
 * report, "the Times" in a New York Times report): how a report cites itself by a short name.
 */
export function endsOutlet(source: string, outlet: string | undefined): boolean {
  if (!outlet) return false;
  const a = nameWords(source), b = nameWords(outlet);
  return a.length > 0 && a.length < b.length && a.every((w, i) => b[b.length - a.length + i] === w);
}
