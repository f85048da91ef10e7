import { useMemo, useState } from 'react';
import type { Analysis } from '../api.js';
import { Certainty } from './Status.js';

type Mark = { kind: 'entity' | 'time' | 'quantity'; start: number; end: number; label: string; index: number; cls: string };

interface Segment { start: number; end: number; mark?: Mark; claim?: number }

/** Splits the text at every annotation boundary; inner marks win over claims, first mark wins on overlap. */
function segments(a: Analysis, marks: Mark[]): Segment[] {
  const cuts = new Set<number>([0, a.document.text.length]);
  for (const m of marks) { cuts.add(m.start); cuts.add(m.end); }
  for (const c of a.claims) { cuts.add(c.start); cuts.add(c.end); }
  const sorted = [...cuts].sort((x, y) => x - y);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const s = sorted[i]!, e = sorted[i + 1]!;
    const mark = marks.find((m) => m.start <= s && m.end >= e);
    const claim = a.claims.findIndex((c) => c.start <= s && c.end >= e);
    out.push({ start: s, end: e, mark, claim: claim >= 0 ? claim : undefined });
  }
  return out;
}

/** The article text (always rendered as text) with entities, times, quantities and claims highlighted. */
export function AnalysisView({ a }: { a: Analysis }) {
  const [hover, setHover] = useState<Mark | null>(null);
  const [claim, setClaim] = useState<number | null>(null);
  const marks = useMemo(() => {
    const m: Mark[] = [];
    a.entities.forEach((e, i) => e.mentions.forEach((x) => m.push({ kind: 'entity', start: x.start, end: x.end, index: i, cls: `ent ent-${e.type.toLowerCase()}`,
      label: `${e.name} · ${e.type}${e.kb?.wikidata ? ' · ' + e.kb.wikidata : ''}${e.geo ? ` · ${e.geo.lat.toFixed(2)}, ${e.geo.lon.toFixed(2)}` : ''}` })));
    a.times.forEach((t, i) => m.push({ kind: 'time', start: t.start, end: t.end, index: i, cls: 'time',
      label: `${t.value}${t.mod ? ' ' + t.mod : ''} · ${t.type}${t.range ? ` · ${t.range.from} … ${t.range.to}` : ''}` }));
    a.quantities.forEach((q, i) => m.push({ kind: 'quantity', start: q.start, end: q.end, index: i, cls: 'qty',
      label: `${q.value} ${q.unit}${q.bound ? ' ' + q.bound : ''}${q.si ? ` = ${+q.si.value.toPrecision(4)} ${q.si.unit}` : ''}` }));
    return m.sort((x, y) => (x.end - x.start) - (y.end - y.start));
  }, [a]);
  const segs = useMemo(() => segments(a, marks), [a, marks]);
  const text = a.document.text;
  return (
    <div className="analysis">
      <div className="text" data-testid="article-text">
        {segs.map((s) => {
          const t = text.slice(s.start, s.end);
          const claimCls = s.claim !== undefined ? ` claim${claim === s.claim ? ' claim-active' : ''}` : '';
          if (s.mark) {
            const m = s.mark;
            return (
              <span key={s.start} className={`${m.cls}${claimCls}`} data-kind={m.kind} data-index={m.index} tabIndex={0}
                onMouseEnter={() => setHover(m)} onMouseLeave={() => setHover(null)} onFocus={() => setHover(m)} onBlur={() => setHover(null)}
                onClick={() => s.claim !== undefined && setClaim(s.claim)}>{t}</span>
            );
          }
          return <span key={s.start} className={claimCls.trim() || undefined} onClick={() => s.claim !== undefined && setClaim(s.claim)}>{t}</span>;
        })}
      </div>
      <div className="hovercard" data-testid="hovercard" aria-live="polite">{hover ? hover.label : 'Hover a highlighted word to see what it resolved to.'}</div>
      <h2>Claims ({a.claims.length})</h2>
      <ol className="claims">
        {a.claims.map((c, i) => (
          <li key={c.id} className={claim === i ? 'active' : ''} onClick={() => setClaim(i)}>
            <q>{c.text}</q>
            <div className="chain">
              source: {c.attribution.length ? c.attribution.map((l, k) => <span key={k} className="link">{k > 0 && ' → '}<strong>{l.source}</strong> <span className="muted">({l.kind}, “{l.cue}”)</span></span>) : <span className="muted">the outlet itself</span>}
            </div>
            <div><Certainty value={c.certainty} /> {c.polarity === 'NEGATIVE' && <span className="bad">NEGATIVE</span>} <span className="muted">{c.status}</span>
              {c.hedges.length > 0 && <span className="muted"> · hedges: {c.hedges.join(', ')}</span>}</div>
          </li>
        ))}
      </ol>
      <h2>Checks ({a.checks.length})</h2>
      <ul>{a.checks.map((c, i) => <li key={i}><strong>{c.kind}</strong> <span className={c.status === 'INCONSISTENT' ? 'bad' : c.status === 'CONSISTENT' ? 'good' : 'muted'}>{c.status}</span> <span className="muted">{c.detail}</span></li>)}</ul>
    </div>
  );
}
