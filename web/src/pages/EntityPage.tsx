import { api } from '../api.js';
import { href, useLoad } from '../router.js';
import { Failure, Loading, Certainty } from '../components/Status.js';
import { Graph } from '../components/Graph.js';
import { FactsTable } from '../components/FactsTable.js';
import { WorldMap } from '../components/WorldMap.js';

export function EntityPage({ id }: { id: string }) {
  const { data, error, loading } = useLoad(() => api.entity(id), `entity:${id}`);
  if (loading) return <Loading />;
  if (error || !data) return <Failure error={error ?? 'not found'} />;
  const e = data.entity;
  return (
    <article>
      <h1>{e.name}</h1>
      <p className="muted">{e.type}{e.wikidata ? ` · Wikidata ${e.wikidata}` : ''} · {e.documents} documents · {e.mentions} mentions</p>
      {e.lat !== undefined && e.lon !== undefined && <WorldMap points={[{ name: e.name, lat: e.lat, lon: e.lon }]} />}
      <h2>Related entities and events</h2>
      <Graph detail={data} />
      <h2>What is said about it</h2>
      <FactsTable facts={data.facts.map((f) => f.fact)} />
      <h2>Events</h2>
      <ul>{data.events.map((ev) => <li key={`${ev.docId}-${ev.id}`}><strong>{ev.type}</strong> “{ev.trigger}” {ev.date ?? ''} <Certainty value={ev.certainty} /> <span className="muted">{ev.status}</span> · <a href={href.document(ev.docId)}>document</a></li>)}</ul>
      <h2>Mentions</h2>
      <ul>{data.mentions.map((m) => <li key={`${m.docId}-${m.localId}`}><a href={href.document(m.docId)}>{m.docId.slice(0, 10)}…</a> {m.texts.join(' · ')}</li>)}</ul>
    </article>
  );
}
