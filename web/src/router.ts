import { useEffect, useState } from 'react';

/** Hash routes: #/ , #/stories/ID, #/documents/ID, #/entities/KEY, #/analyze */
export interface Route { page: 'stories' | 'story' | 'document' | 'entity' | 'analyze'; id?: string; q?: string }

export function parseRoute(hash: string): Route {
  const [path, query] = hash.replace(/^#/, '').split('?');
  const parts = (path ?? '').split('/').filter(Boolean).map(decodeURIComponent);
  const q = new URLSearchParams(query ?? '').get('q') ?? undefined;
  if (parts[0] === 'stories' && parts[1]) return { page: 'story', id: parts[1] };
  if (parts[0] === 'documents' && parts[1]) return { page: 'document', id: parts[1] };
  if (parts[0] === 'entities' && parts[1]) return { page: 'entity', id: parts[1] };
  if (parts[0] === 'analyze') return { page: 'analyze' };
  return { page: 'stories', q };
}

export const href = {
  stories: () => '#/',
  story: (id: string) => `#/stories/${encodeURIComponent(id)}`,
  document: (id: string) => `#/documents/${encodeURIComponent(id)}`,
  entity: (key: string) => `#/entities/${encodeURIComponent(key)}`,
  analyze: () => '#/analyze',
};

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return route;
}

/** Loads data for a page; re-runs when `key` changes. */
export function useLoad<T>(fn: () => Promise<T>, key: string): { data?: T; error?: string; loading: boolean } {
  const [state, setState] = useState<{ data?: T; error?: string; loading: boolean }>({ loading: true });
  useEffect(() => {
    let live = true;
    setState({ loading: true });
    fn().then((data) => live && setState({ data, loading: false }), (e: Error) => live && setState({ error: e.message, loading: false }));
    return () => { live = false; };
  }, [key]);
  return state;
}
