import type { Analysis } from '../../core/types.js';

/** One line per annotation: what was found, where, and the rule or model that produced it (--explain). */
export function explainLines(a: Analysis): string[] {
  const out: string[] = [];
  const at = (s: { start: number; end: number }) => `${s.start}-${s.end}`;
  const rule = (x: { rule?: string }) => x.rule ?? 'unrecorded';
  for (const e of a.entities) {
    for (const m of e.mentions) out.push(`entity ${at(m)} "${m.text}" → ${e.name} (${e.type}${e.kb?.wikidata ? ' ' + e.kb.wikidata : ''}) ← ${m.rule ?? rule(e)}`);
  }
  for (const t of a.times) out.push(`time ${at(t)} "${t.text}" → ${t.value}${t.mod ? ' ' + t.mod : ''} ← ${rule(t)}`);
  for (const q of a.quantities) out.push(`quantity ${at(q)} "${q.text}" → ${q.value} ${q.unit}${q.bound ? ' ' + q.bound : ''} ← ${rule(q)}`);
  for (const c of a.claims) {
    out.push(`claim ${c.id} ${at(c)} ${c.certainty}/${c.polarity}/${c.status} ← ${rule(c)}`);
    for (const l of c.attribution) out.push(`  source "${l.source}" ${l.kind} cue "${l.cue}" ← ${rule(l)}`);
  }
  for (const ev of a.events) out.push(`event ${ev.id} ${ev.type} "${ev.trigger.text}" ← ${rule(ev)}`);
  for (const c of a.checks) out.push(`check ${c.kind} ${c.status} ← ${rule(c)}`);
  return out;
}
