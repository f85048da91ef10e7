// CoNLL-style exact-span scoring over BIO label sequences.
export interface Prf { tp: number; fp: number; fn: number }
export type Tally = Map<string, Prf>;

export function bioSpans(labels: readonly string[]): { s: number; e: number; ty: string }[] {
  const out: { s: number; e: number; ty: string }[] = [];
  let cur: { s: number; e: number; ty: string } | null = null;
  labels.forEach((l, i) => {
    if (l === 'O') { if (cur) out.push(cur); cur = null; return; }
    const [p, ty] = l.split('-') as [string, string];
    if (p === 'B' || !cur || cur.ty !== ty) { if (cur) out.push(cur); cur = { s: i, e: i + 1, ty }; } else cur.e = i + 1;
  });
  if (cur) out.push(cur);
  return out;
}

export function tally(t: Tally, gold: readonly string[], pred: readonly string[]): void {
  const g = bioSpans(gold), p = bioSpans(pred);
  const key = (x: { s: number; e: number; ty: string }) => `${x.s}:${x.e}:${x.ty}`;
  const gs = new Set(g.map(key)), ps = new Set(p.map(key));
  const get = (ty: string) => { let r = t.get(ty); if (!r) { r = { tp: 0, fp: 0, fn: 0 }; t.set(ty, r); } return r; };
  for (const x of p) { const hit = gs.has(key(x)); get(x.ty)[hit ? 'tp' : 'fp']++; get('ALL')[hit ? 'tp' : 'fp']++; }
  for (const x of g) if (!ps.has(key(x))) { get(x.ty).fn++; get('ALL').fn++; }
}

export function prf(r: Prf): { p: number; r: number; f: number } {
  const p = r.tp + r.fp ? r.tp / (r.tp + r.fp) : 0;
  const rr = r.tp + r.fn ? r.tp / (r.tp + r.fn) : 0;
  return { p, r: rr, f: p + rr ? (2 * p * rr) / (p + rr) : 0 };
}

export function table(title: string, t: Tally): string {
  const rows = [`${title}`, '  type         P      R      F1     (tp/fp/fn)'];
  const core = { tp: 0, fp: 0, fn: 0 };
  for (const ty of ['PER', 'ORG', 'LOC']) { const r = t.get(ty); if (r) { core.tp += r.tp; core.fp += r.fp; core.fn += r.fn; } }
  const rowsOf = new Map(t); rowsOf.set('PER+ORG+LOC', core);
  for (const ty of ['PER', 'ORG', 'LOC', 'MISC', 'ALL', 'PER+ORG+LOC']) {
    const r = rowsOf.get(ty); if (!r) continue;
    const m = prf(r);
    rows.push(`  ${ty.padEnd(11)}  ${m.p.toFixed(3)}  ${m.r.toFixed(3)}  ${m.f.toFixed(3)}  (${r.tp}/${r.fp}/${r.fn})`);
  }
  return rows.join('\n');
}
