import type { Story } from '../api.js';

const DAY = 86_400_000;
const toTime = (d: string): number => {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(d);
  if (!m) return NaN;
  return Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
};

/**
 * Merged events on their resolved dates. Filled dots happened; hollow dots are expected (status FUTURE);
 * the colour is the certainty; a dashed ring marks a date taken from the document, not the event.
 */
export function Timeline({ story }: { story: Story }) {
  const byId = new Map(story.events.map((e) => [e.id, e]));
  const items = story.timeline
    .map((t) => ({ ...t, t: toTime(t.date), ev: byId.get(t.event) }))
    .filter((x) => Number.isFinite(x.t))
    .sort((a, b) => a.t - b.t);
  if (!items.length) return <p className="muted">No dated events.</p>;
  const min = items[0]!.t, max = Math.max(items[items.length - 1]!.t, min + DAY);
  const W = 900, rowH = 26, pad = 130;
  const x = (t: number) => pad + ((t - min) / (max - min)) * (W - pad - 40);
  const H = items.length * rowH + 40;
  const ticks: number[] = [];
  const step = Math.max(DAY, Math.ceil((max - min) / DAY / 8) * DAY);
  for (let t = min; t <= max; t += step) ticks.push(t);
  return (
    <svg className="timeline" viewBox={`0 0 ${W} ${H}`} role="img" aria-label="Timeline of events" data-testid="timeline">
      {ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={10} y2={H - 20} className="tick" />
          <text x={x(t)} y={H - 5} className="tick-label" textAnchor="middle">{new Date(t).toISOString().slice(0, 10)}</text>
        </g>
      ))}
      {items.map((it, i) => {
        const y = 24 + i * rowH;
        const expected = it.ev?.status === 'FUTURE';
        const cert = (it.ev?.certainty ?? 'CERTAIN').toLowerCase();
        return (
          <g key={`${it.event}-${i}`} className={`tl-item cert-${cert}`} data-status={it.ev?.status}>
            <text x={pad - 8} y={y + 4} textAnchor="end" className="tl-label">{it.ev?.type ?? it.type ?? it.event}</text>
            <circle cx={x(it.t)} cy={y} r={7} className={expected ? 'expected' : 'happened'} strokeDasharray={it.dateFrom === 'document' ? '3 2' : undefined}>
              <title>{`${it.ev?.type ?? ''} ${it.date}: ${expected ? 'expected' : 'happened'}, ${it.ev?.certainty ?? ''}; ${it.documents.length} document(s)${it.ev?.participants?.length ? '; ' + it.ev.participants.join(', ') : ''}`}</title>
            </circle>
            <text x={x(it.t) + 12} y={y + 4} className="tl-desc">{(it.ev?.participants ?? []).slice(0, 3).join(', ')} {it.documents.length > 1 ? `(${it.documents.length} docs)` : ''}</text>
          </g>
        );
      })}
    </svg>
  );
}
