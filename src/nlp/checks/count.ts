import type { Check, Quantity } from '../../core/types.js';
import { dimensionOf } from '../quantity/units.js';

// "seven counts covering fraud and conspiracy", "three countries: Egypt, Turkey and Italy",
// "five planes, including two from Egypt": a count followed by a list of what it counts.
const LIST_INTRO_RE = /^\s*(?:,\s*)?(:|—|–|-|namely|comprising|consisting of|including|such as|among them|covering)\s+/i;
const LIST_END_RE = /[.;!?)\n]|\s(?:were|was|are|is|have|has|had|who|which|that|said|says)\s/i;
const ITEM_SPLIT_RE = /\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+/;
const MAX_ITEM_WORDS = 4;

// "three killed and two injured, five casualties"; "a total of 12"; "in all"
const TOTAL_AFTER_RE = /^\s*(?:casualties|victims|in total|in all|altogether|combined|overall)\b/i;
const TOTAL_BEFORE_RE = /\b(?:total of|totalling|totaling|in all|altogether|total)\s*$/i;
const SUBSET_AFTER_RE = /^\s*(?:people|persons|civilians|residents)?\s*,?\s*(?:including|among them|of whom)\b/i;

/** Parts of an "including" list sit right after the total ("64 people, including 20 children and 10 women"). */
const SUBSET_REACH = 80;

function isCount(q: Quantity): boolean {
  return !dimensionOf(q.unit) && !/^[A-Z]{3}$/.test(q.unit) && q.unit !== '%' && q.unit !== 'pp' && q.unit !== 'number';
}

function listChecks(text: string, qs: readonly Quantity[]): Check[] {
  const out: Check[] = [];
  qs.forEach((q, i) => {
    if (!isCount(q) || q.unit === 'person' || !Number.isInteger(q.value)) return;
    const after = text.slice(q.end, q.end + 300);
    const intro = LIST_INTRO_RE.exec(after);
    if (!intro) return;
    const rest = after.slice(intro[0].length);
    const stop = LIST_END_RE.exec(rest);
    const body = (stop ? rest.slice(0, stop.index) : rest).trim();
    const items = body.split(ITEM_SPLIT_RE).map((s) => s.trim()).filter(Boolean);
    if (items.length < 2 || items.some((s) => s.split(/\s+/).length > MAX_ITEM_WORDS)) return;
    const kind = intro[1].toLowerCase();
    const list = items.join(', ');
    if (kind === 'covering') {
      out.push({
        kind: 'COUNT', status: items.length > q.value ? 'INCONSISTENT' : 'UNVERIFIABLE', refs: [i],
        detail: items.length > q.value
          ? `${q.value} ${q.unit}s cannot cover ${items.length} categories (${list})`
          : `${q.value} ${q.unit}s covering ${items.length} categories (${list}); the number per category is not stated`,
      });
      return;
    }
    const subset = kind === 'including' || kind === 'such as' || kind === 'among them';
    const ok = subset ? items.length <= q.value : items.length === q.value;
    out.push({
      kind: 'COUNT', status: ok ? 'CONSISTENT' : 'INCONSISTENT', refs: [i],
      detail: `${q.text}: ${items.length} listed (${list})${subset ? `, a subset: ${items.length} ${ok ? '≤' : '>'} ${q.value}` : ` ${ok ? '=' : '≠'} ${q.value}`}`,
    });
  });
  return out;
}

function sentenceOf(sentences: ReadonlyArray<[number, number]>, at: number): number {
  return sentences.findIndex(([s, e]) => at >= s && at < e);
}

function partsChecks(text: string, qs: readonly Quantity[], sentences: ReadonlyArray<[number, number]>): Check[] {
  const out: Check[] = [];
  qs.forEach((total, ti) => {
    if (total.unit !== 'person' || total.equivalentOf !== undefined || total.rule?.includes('vague')) return;
    const isTotal = TOTAL_AFTER_RE.test(text.slice(total.end, total.end + 30)) || TOTAL_BEFORE_RE.test(text.slice(Math.max(0, total.start - 20), total.start));
    const subset = !isTotal && SUBSET_AFTER_RE.test(text.slice(total.end, total.end + 40));
    if (!isTotal && !subset) return;
    const s = sentenceOf(sentences, total.start);
    if (s === -1) return;
    const parts = qs
      .map((q, i) => ({ q, i }))
      .filter(({ q, i }) => i !== ti && q.unit === 'person' && !q.rule?.includes('vague') && sentenceOf(sentences, q.start) === s &&
        (subset ? q.start > total.end && q.start - total.end < SUBSET_REACH : true));
    if (parts.length < (subset ? 1 : 2)) return;
    const bounded = [total, ...parts.map((p) => p.q)].some((q) => q.bound && q.bound !== 'APPROX');
    const sum = parts.reduce((acc, p) => acc + p.q.value, 0);
    const refs = [ti, ...parts.map((p) => p.i)];
    const arith = `${parts.map((p) => p.q.value).join(' + ')} = ${sum}`;
    if (bounded) {
      out.push({ kind: 'COUNT', status: 'UNVERIFIABLE', refs, detail: `${arith} against ${total.text}: bounded figures ("at least", "more than") cannot be summed exactly` });
      return;
    }
    const approx = [total, ...parts.map((p) => p.q)].some((q) => q.bound === 'APPROX');
    const tol = approx ? total.value * 0.05 : 0;
    const ok = subset ? sum <= total.value + tol : Math.abs(sum - total.value) <= tol;
    out.push({
      kind: 'COUNT', status: ok ? 'CONSISTENT' : 'INCONSISTENT', refs,
      detail: subset ? `parts ${arith} ${ok ? '≤' : '>'} total ${total.value} (${total.text})` : `parts ${arith} ${ok ? '=' : '≠'} total ${total.value} (${total.text})`,
    });
  });
  return out;
}

/** Parts against totals, and stated counts against the lists that follow them. */
export function countChecks(text: string, qs: readonly Quantity[], sentences: ReadonlyArray<[number, number]>): Check[] {
  return [...listChecks(text, qs), ...partsChecks(text, qs, sentences)];
}
