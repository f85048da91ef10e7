import { api } from '../api.js';
import { href, useLoad } from '../router.js';
import { Failure, Loading, Certainty } from '../components/Status.js';
import { Timeline } from '../components/Timeline.js';
import { WorldMap, type MapPoint } from '../components/WorldMap.js';
import { FactsTable } from '../components/FactsTable.js';

export function StoryPage({ id }: { id: string }) {
  const { data: s, error, loading } = useLoad(() => api.story(id), `story:${id}`);
  if (loading) return <Loading />;
  if (error || !s) return <Failure error={error ?? 'not found'} />;
  const points: MapPoint[] = [];
  const seen = new Set<string>();
  for (const e of s.events) {
    if (e.lat === undefined || e.lon === undefined) continue;
    const name = e.places?.[0] ?? e.type;
    if (seen.has(name)) continue;
    seen.add(name);
    points.push({ name, lat: e.lat, lon: e.lon, detail: `${name}: ${e.type}` });
  }
  return (
    <article>
      <h1>{s.title}</h1>
      <p className="muted">{s.documents.length} documents · {s.events.length} merged events · {s.facts.filter((f) => !f.consistent).length} contested facts</p>
      <h2>Timeline</h2>
      <Timeline story={s} />
      <h2>Map</h2>
      <WorldMap points={points} />
      <h2>Facts</h2>
      <FactsTable facts={s.facts} />
      <h2>Events</h2>
      <table className="events">
        <thead><tr><th>Type</th><th>Participants</th><th>Places</th><th>Date</th><th>Certainty</th><th>Status</th><th>Docs</th></tr></thead>
        <tbody>
          {s.events.map((e) => (
            <tr key={e.id}><td>{e.type}</td><td>{e.participants.join(', ')}</td><td>{(e.places ?? []).join(', ')}</td><td>{e.date ?? ''}</td>
              <td><Certainty value={e.certainty} /></td><td>{e.status}</td><td>{e.documents.length}</td></tr>
          ))}
        </tbody>
      </table>
      <h2>Documents</h2>
      <ul className="docs" data-testid="documents">
        {s.documents.map((d) => (
          <li key={d.id}><a href={href.document(d.id)}>{d.title ?? d.id.slice(0, 12)}</a> <span className="muted">{d.outlet ?? ''} {d.publishedAt?.slice(0, 10) ?? ''}{d.copyOf ? ' · copy of another report' : ''}</span></li>
        ))}
      </ul>
      <h2>Entities</h2>
      <p className="chips">{s.entities.map((e) => <a key={e.name} className="chip" href={e.key ? href.entity(e.key) : undefined}>{e.name}</a>)}</p>
    </article>
  );
}
