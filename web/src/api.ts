// The one place the UI talks to the server. Same-origin JSON only.
import type { Analysis } from '../../src/core/types.js';
import type { Story, Fact } from '../../src/story/types.js';

export type { Analysis, Story, Fact };

export interface Page<T> { total: number; items: T[] }
export interface DocRow { id: string; outlet?: string; title?: string; url?: string; publishedAt?: string; storyId?: string; copyOf?: string; chars: number }
export interface EventRow { docId: string; id: string; type: string; trigger: string; certainty: string; polarity: string; status: string; date?: string; place?: string; entities: string[] }
export interface EntityRow { key: string; name: string; type: string; wikidata?: string; lat?: number; lon?: number; country?: string; documents: number; mentions: number }
export interface EntityDetail {
  entity: EntityRow;
  mentions: { docId: string; localId: string; texts: string[] }[];
  events: EventRow[];
  facts: { storyId: string; fact: Fact }[];
  related?: { key: string; name: string; type: string; weight: number }[];
  documents?: DocRow[];
}
export interface StorySummary {
  id: string; title: string; updated?: string;
  documents: Story['documents']; entities: Story['entities'];
  counts: { documents: number; outlets: number; events: number; facts: number; contested: number };
}
export interface StoryList { version: 1; total: number; offset: number; limit: number; stories: StorySummary[] }

export class ApiError extends Error { constructor(public status: number, message: string) { super(message); } }

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const r = await fetch(path, { ...init, headers: { accept: 'application/json', ...(init?.body ? { 'content-type': 'application/json' } : {}) } });
  const body = await r.json().catch(() => ({}));
  if (!r.ok) throw new ApiError(r.status, (body as { error?: { message?: string } }).error?.message ?? r.statusText);
  return body as T;
}

const qs = (o: Record<string, string | number | undefined>): string => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(o)) if (v !== undefined && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
};

export const api = {
  stories: (q?: string, offset = 0) => call<StoryList>(`/api/stories${qs({ q, offset, limit: 50, view: 'summary' })}`),
  story: (id: string) => call<Story>(`/api/stories/${encodeURIComponent(id)}`),
  documents: (f: { q?: string; storyId?: string; offset?: number }) => call<Page<DocRow>>(`/api/documents${qs({ q: f.q, story: f.storyId, offset: f.offset })}`),
  document: (id: string) => call<DocRow>(`/api/documents/${encodeURIComponent(id)}`),
  analysis: (id: string) => call<Analysis>(`/api/documents/${encodeURIComponent(id)}/analysis`),
  entity: (key: string) => call<EntityDetail>(`/api/entities/${encodeURIComponent(key)}`),
  analyze: (body: { text?: string; url?: string; publishedAt?: string; outlet?: string; store?: boolean }) =>
    call<{ id?: string; status?: string; analysis: Analysis }>('/api/analyze', { method: 'POST', body: JSON.stringify(body) }),
};
