import { useState } from 'react';
import { api, type Analysis } from '../api.js';
import { AnalysisView } from '../components/AnalysisView.js';
import { href } from '../router.js';

/** Paste text or a URL and see the analysis; optionally keep it in the store. */
export function AnalyzePage() {
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  const [published, setPublished] = useState('');
  const [store, setStore] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<{ analysis: Analysis; id?: string } | null>(null);
  const submit = async () => {
    setBusy(true); setError(null);
    try {
      const r = await api.analyze({ text: url ? undefined : text, url: url || undefined, publishedAt: published || undefined, store });
      setResult(r);
    } catch (e) { setError((e as Error).message); setResult(null); }
    setBusy(false);
  };
  return (
    <section>
      <h1>Analyse a report</h1>
      <form className="analyze" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <textarea aria-label="Report text" rows={10} placeholder="Paste the text of a news report…" value={text} onChange={(e) => setText(e.target.value)} disabled={Boolean(url)} />
        <div className="row">
          <input aria-label="URL" placeholder="…or a URL to fetch" value={url} onChange={(e) => setUrl(e.target.value)} />
          <input aria-label="Publication date" type="date" value={published} onChange={(e) => setPublished(e.target.value)} />
          <label><input type="checkbox" checked={store} onChange={(e) => setStore(e.target.checked)} /> keep in the store</label>
          <button type="submit" disabled={busy || (!text.trim() && !url.trim())}>{busy ? 'Analysing…' : 'Analyse'}</button>
        </div>
      </form>
      {error && <p className="error" role="alert">{error}</p>}
      {result?.id && <p>Stored: <a href={href.document(result.id)}>open the document</a></p>}
      {result && <AnalysisView a={result.analysis} />}
    </section>
  );
}
