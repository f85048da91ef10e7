import type { Check } from '../../core/types.js';
import { COUNT_SRC, countValue } from './numbers.js';
import { type CheckRef, ruled } from './rule.js';
import type { SentenceSpans } from './sentences.js';

// COUNT: a group of stated size and the counts it is made of, in one sentence, where the quantity layer holds no
// total to pair: "The 11-member crew included seven Filipinos, three Indians and one Ukrainian", "The delegation of
// 12 included five ministers and seven officials", "The 24 players, 11 starters and 13 substitutes, were named", "The
// 300 migrants on board came from Syria (120), Egypt (100) and Pakistan (80)". Agreement only: a list after
// "included" may leave members out, and a loose list may count something else.

const WORD = String.raw`[A-Za-z][A-Za-z'’-]*`;
/** The group: "the 11-member crew", "the delegation of 12", "the 24 players". */
const GROUP_RE = new RegExp(String.raw`\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:(${COUNT_SRC})-(?:member|strong|person|man|woman)\s+(${WORD})|(${WORD})\s+of\s+(${COUNT_SRC})\b|(${COUNT_SRC})\s+(${WORD}(?:\s+(?!(?:on|in|at|from|of|aboard|included|includes|include|comprised|were|are|was|is|came)\b)${WORD})?))`, 'g');
/** Between the group and its parts. */
const LEAD_RE = /^(?:\s+(?:on\s+board|aboard|in\s+all|in\s+total))?\s*(?:,\s*|\s*:\s*|\s*[—–]\s*|\s+-\s+|\s+(?:included|includes|include|comprised|comprises|comprise|consisted\s+of|consists\s+of|(?:was|were|is|are)\s+made\s+up\s+of|were|are)\s+)/;
// ("a German and a Dane": "a" and "an" count one, after a first item with a count of its own)
const ITEM_RE = new RegExp(String.raw`^(${COUNT_SRC}|an?(?=\s))((?:\s+(?!and\b|or\b)${WORD}){1,2})`);
const BRACKET_ITEM_RE = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s*\((\d{1,3}(?:,\d{3})*)\)/u;
const SEP_RE = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)/;
const NOT_PARTS = /^\s+(?:years?|months?|weeks?|days?|hours?|minutes?|per\s*cent|percent|times|km|miles|metres|meters)\b/i;

interface Part { n: number; start: number; end: number; text: string }

/** A list of counted parts ("seven Filipinos, three Indians and one Ukrainian") at the start of `s`, or bracketed counts. */
function partsAt(s: string, base: number): Part[] | undefined {
  let rest = s;
  let at = base;
  const out: Part[] = [];
  for (;;) {
    const m = ITEM_RE.exec(rest) ?? BRACKET_ITEM_RE.exec(rest);
    if (!m) break;
    const bracket = !ITEM_RE.test(rest);
    const n = bracket ? Number(m[2]!.replace(/,/g, '')) : countValue(m[1]!);
    if (n === undefined || (!bracket && NOT_PARTS.test(m[2]!))) return undefined;
    out.push({ n, start: at, end: at + m[0].length, text: m[0] });
    rest = rest.slice(m[0].length);
    at += m[0].length;
    const sep = SEP_RE.exec(rest);
    if (!sep) break;
    const last = /\band\s+$/.test(sep[0]);
    rest = rest.slice(sep[0].length);
    at += sep[0].length;
    if (last) {
      const e = ITEM_RE.exec(rest) ?? BRACKET_ITEM_RE.exec(rest);
      if (!e) return undefined;
      const br = !ITEM_RE.test(rest);
      const k = br ? Number(e[2]!.replace(/,/g, '')) : countValue(e[1]!);
      if (k === undefined || (!br && NOT_PARTS.test(e[2]!))) return undefined;
      out.push({ n: k, start: at, end: at + e[0].length, text: e[0] });
      return out.length >= 2 ? out : undefined;
    }
  }
  return undefined;
}

export function compositionChecks(text: string, sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  for (const [from, to] of sentences) {
    const st = text.slice(from, to);
    GROUP_RE.lastIndex = 0;
    let g: RegExpExecArray | null;
    while ((g = GROUP_RE.exec(st)) !== null) {
      const raw = g[1] ?? g[4] ?? g[5]!;
      const total = countValue(raw);
      if (total === undefined || total < 2) continue;
      const noun = (g[2] ?? g[3] ?? g[6]!).toLowerCase();
      if (/^(?:years?|months?|weeks?|days?|hours?|per|percent|times)\b/.test(noun)) continue;
      const after = st.slice(g.index + g[0].length);
      let lead = LEAD_RE.exec(after);
      let skip = lead ? lead[0].length : 0;
      // "The 300 migrants on board came from Syria (120), …": a short verb phrase before bracketed counts
      if (!lead) {
        const vp = /^(?:\s+(?:on\s+board|aboard))?\s+(?:came|come|were|are)\s+from\s+/.exec(after);
        if (!vp) continue;
        lead = vp;
        skip = vp[0].length;
      }
      const parts = partsAt(after.slice(skip), from + g.index + g[0].length + skip);
      if (!parts) continue;
      const sum = parts.reduce((a, p) => a + p.n, 0);
      const subset = /\binclud/.test(lead[0]);
      if (sum > total || (!subset && sum !== total)) continue;
      const gs = from + g.index;
      const refs: CheckRef[] = [{ start: gs, end: gs + g[0].length, text: g[0] }, ...parts.map((p) => ({ start: p.start, end: p.end, text: p.text }))];
      out.push(ruled({
        kind: 'COUNT', status: 'CONSISTENT', refs,
        detail: `parts ${parts.map((p) => p.n).join(' + ')} = ${sum} ${sum === total ? '=' : '≤'} ${total}, "${g[0]}"${sum < total ? ' (the rest not listed)' : ''}`,
      }, 'count:composition'));
      break;
    }
  }
  return out;
}
