// TempEval-3 style TIMEX3 metrics: strict (exact span) and relaxed (overlap) P/R/F1, then over relaxed
// matches type accuracy and attribute F1 (value/type correct over system and over gold counts).
import type { GoldTimex } from './read.js';

export interface SysTimex { start: number; end: number; type: string; value: string; mod?: string; text?: string; rule?: string }

export interface Counts {
  gold: number; sys: number; strict: number; relaxed: number; typeOk: number; valueOk: number;
}

export const emptyCounts = (): Counts => ({ gold: 0, sys: 0, strict: 0, relaxed: 0, typeOk: 0, valueOk: 0 });

export interface MatchErr { kind: 'FP' | 'FN' | 'VALUE' | 'TYPE' | 'SPAN'; gold?: GoldTimex; sys?: SysTimex }

/** Adds one document's counts; returns the errors for analysis. One-to-one matching, exact first. */
export function scoreDoc(gold: readonly GoldTimex[], sys: readonly SysTimex[], c: Counts): MatchErr[] {
  c.gold += gold.length;
  c.sys += sys.length;
  const errs: MatchErr[] = [];
  const usedS = new Set<number>();
  const pair = new Map<number, number>();
  gold.forEach((g, gi) => {
    const si = sys.findIndex((s, i) => !usedS.has(i) && s.start === g.start && s.end === g.end);
    if (si >= 0) { usedS.add(si); pair.set(gi, si); c.strict++; }
  });
  gold.forEach((g, gi) => {
    if (pair.has(gi)) return;
    const si = sys.findIndex((s, i) => !usedS.has(i) && s.start < g.end && g.start < s.end);
    if (si >= 0) { usedS.add(si); pair.set(gi, si); }
  });
  gold.forEach((g, gi) => {
    const si = pair.get(gi);
    if (si === undefined) { errs.push({ kind: 'FN', gold: g }); return; }
    const s = sys[si]!;
    c.relaxed++;
    if (s.type === g.type) c.typeOk++; else errs.push({ kind: 'TYPE', gold: g, sys: s });
    if (s.value === g.value) c.valueOk++; else errs.push({ kind: 'VALUE', gold: g, sys: s });
    // Overlapping but not exact: a span-convention difference (for the error dump only; no count changes).
    if (s.start !== g.start || s.end !== g.end) errs.push({ kind: 'SPAN', gold: g, sys: s });
  });
  sys.forEach((s, i) => { if (!usedS.has(i)) errs.push({ kind: 'FP', sys: s }); });
  return errs;
}

const f1 = (p: number, r: number): number => (p + r ? (2 * p * r) / (p + r) : 0);
const pct = (x: number): string => x.toFixed(3);

export function summary(c: Counts): Record<string, string> {
  const sp = c.strict / (c.sys || 1); const sr = c.strict / (c.gold || 1);
  const rp = c.relaxed / (c.sys || 1); const rr = c.relaxed / (c.gold || 1);
  const vp = c.valueOk / (c.sys || 1); const vr = c.valueOk / (c.gold || 1);
  const tp = c.typeOk / (c.sys || 1); const tr = c.typeOk / (c.gold || 1);
  return {
    gold: String(c.gold), sys: String(c.sys),
    strictP: pct(sp), strictR: pct(sr), strictF1: pct(f1(sp, sr)),
    relaxedP: pct(rp), relaxedR: pct(rr), relaxedF1: pct(f1(rp, rr)),
    typeAcc: pct(c.typeOk / (c.relaxed || 1)), typeF1: pct(f1(tp, tr)),
    valueAcc: pct(c.valueOk / (c.relaxed || 1)), valueF1: pct(f1(vp, vr)),
  };
}
