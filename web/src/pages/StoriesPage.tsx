import { useState } from 'react';
import { api } from '../api.js';
import { href, useLoad } from '../router.js';
import { Failure, Loading } from '../components/Status.js';

export function StoriesPage({ q: initial }: { q?: string }) {
  const [q, setQ] = useState(initial ?? '');
  const [submitted, setSubmitted] = useState(initial ?? '');
  const { data, error, loading } = useLoad(() => api.stories(submitted || undefined), `stories:${submitted}`);
  return (
    <section>
      <h1>Stories</h1>
      <form className="search" role="search" onSubmit={(e) => { e.preventDefault(); setSubmitted(q.trim()); }}>
        <input aria-label="Search stories" placeholder="Search stories, places, people…" value={q} onChange={(e) => setQ(e.target.value)} />
        <button type="submit">Search</button>
      </form>
      {loading && <Loading />}
      {error && <Failure error={error} />}
      {data && (
        <>
          <p className="muted">{data.total} {data.total === 1 ? 'story' : 'stories'}</p>
          <ul className="cards" data-testid="stories">
            {data.stories.map((s) => {
              const { documents, outlets, events, contested } = s.counts;
              return (
                <li key={s.id} className="card">
                  <a href={href.story(s.id)} className="card-title">{s.title}</a>
                  <div className="counts">
                    <span>{documents} documents</span>
                    <span>{outlets} outlets</span>
                    <span>{events} events</span>
                    <span className={contested ? 'bad' : ''}>{contested} contested facts</span>
                    {s.updated && <span className="muted">updated {s.updated.slice(0, 10)}</span>}
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
