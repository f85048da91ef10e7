import { api } from '../api.js';
import { href, useLoad } from '../router.js';
import { Failure, Loading } from '../components/Status.js';
import { AnalysisView } from '../components/AnalysisView.js';

export function DocumentPage({ id }: { id: string }) {
  const doc = useLoad(() => api.document(id), `doc:${id}`);
  const an = useLoad(() => api.analysis(id), `analysis:${id}`);
  if (doc.loading || an.loading) return <Loading />;
  if (doc.error || !doc.data) return <Failure error={doc.error ?? 'not found'} />;
  if (an.error || !an.data) return <Failure error={an.error ?? 'no analysis'} />;
  const d = doc.data;
  return (
    <article>
      <h1>{d.title ?? an.data.document.title ?? 'Untitled report'}</h1>
      <p className="muted">{[d.outlet, d.publishedAt?.slice(0, 10)].filter(Boolean).join(' · ')}{d.url && <> · <a href={d.url} rel="noreferrer noopener" target="_blank">original</a></>}
        {d.storyId && <> · <a href={href.story(d.storyId)}>story</a></>}</p>
      <AnalysisView a={an.data} />
    </article>
  );
}
