import type { Analysis, AttributionLink, Certainty } from '../../core/types.js';
import { style, type Style } from './style.js';

const clip = (s: string, n = 110): string => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
};

function certaintyMark(c: Certainty, st: Style): string {
  if (c === 'CERTAIN') return st.good(c);
  if (c === 'PROBABLE') return st.warn(c);
  return st.bad(c);
}

function chain(links: AttributionLink[], st: Style): string {
  if (!links.length) return st.dim('the outlet itself');
  return links.map((l) => `${st.bold(l.source)} ${st.dim(`(${l.kind}, "${l.cue}")`)}`).join(' → ');
}

/** A readable report of one analysis, for a person at a terminal. */
export function renderReport(a: Analysis, color: boolean): string {
  const st = style(color);
  const out: string[] = [];
  const d = a.document;
  const section = (title: string, n: number): void => { out.push('', st.head(`${title} (${n})`)); };
  out.push(st.bold(d.title ?? clip(d.text, 80)));
  out.push(st.dim([d.outlet, d.publishedAt, d.url].filter(Boolean).join(' · ') || 'no metadata'));
  out.push(st.dim(`id ${d.id.slice(0, 16)}… · ${d.text.length} characters · ${a.sentences.length} sentences`));

  const byId = new Map(a.entities.map((e) => [e.id, e]));
  section('Entities', a.entities.length);
  for (const e of a.entities) {
    const extra = [e.kb?.wikidata, e.geo ? `${e.geo.lat.toFixed(2)},${e.geo.lon.toFixed(2)}${e.geo.country ? ' ' + e.geo.country : ''}` : '']
      .filter(Boolean).join(' · ');
    out.push(`  ${st.accent(e.type.padEnd(8))} ${st.bold(e.name)}${extra ? st.dim('  ' + extra) : ''}${e.mentions.length > 1 ? st.dim(`  ×${e.mentions.length}`) : ''}`);
  }
  section('Times', a.times.length);
  for (const t of a.times) {
    out.push(`  ${t.text.padEnd(28)} → ${st.bold(t.value)} ${st.dim(t.type)}${t.mod ? ' ' + st.warn(t.mod) : ''}${t.range ? st.dim(` (${t.range.from} … ${t.range.to})`) : ''}`);
  }
  section('Quantities', a.quantities.length);
  for (const q of a.quantities) {
    out.push(`  ${clip(q.text, 28).padEnd(28)} → ${st.bold(String(q.value))} ${q.unit}${q.bound ? ' ' + st.warn(q.bound) : ''}${q.si ? st.dim(` (= ${+q.si.value.toPrecision(4)} ${q.si.unit})`) : ''}`);
  }
  section('Claims', a.claims.length);
  for (const c of a.claims) {
    const flags = [certaintyMark(c.certainty, st), c.polarity === 'NEGATIVE' ? st.bad('NEGATIVE') : '', st.dim(c.status)].filter(Boolean).join(' ');
    out.push(`  “${clip(c.text)}”`);
    out.push(`      ${st.dim('source:')} ${chain(c.attribution, st)}`);
    out.push(`      ${flags}${c.hedges.length ? st.dim('  hedges: ' + c.hedges.join(', ')) : ''}`);
  }
  section('Events', a.events.length);
  for (const ev of a.events) {
    const args = Object.entries(ev.args).map(([role, ids]) => `${role}=${ids.map((id) => (typeof id === 'number' ? a.times[id]?.text ?? id : byId.get(id)?.name ?? id)).join('+')}`).join(' ');
    out.push(`  ${st.accent(ev.type.padEnd(16))} "${ev.trigger.text}" ${st.dim(args)} ${certaintyMark(ev.certainty, st)}${ev.polarity === 'NEGATIVE' ? ' ' + st.bad('NEGATIVE') : ''} ${st.dim(ev.status)}`);
  }
  section('Checks', a.checks.length);
  for (const c of a.checks) {
    const s = c.status === 'CONSISTENT' ? st.good(c.status) : c.status === 'INCONSISTENT' ? st.bad(c.status) : st.warn(c.status);
    out.push(`  ${c.kind.padEnd(16)} ${s}  ${st.dim(c.detail)}`);
  }
  return out.join('\n') + '\n';
}
