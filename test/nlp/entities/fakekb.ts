// A tiny in-memory knowledge base for entity-stage tests (no dependency on the compiled KB).
import type { KbEntry } from '../../../src/kb/types.js';
import { normAlias } from '../../../src/kb/normalize.js';
import type { EntityKb } from '../../../src/nlp/entities/kbview.js';

export const ENTRIES: KbEntry[] = [
  { id: 'Q56226', qid: 'Q56226', name: 'Kim Jong Un', type: 'PERSON', kind: 'HEAD_OF_STATE', aliases: ['Kim Jong-un'], roles: [{ role: 'leader', of: 'KP', from: 2011 }] },
  { id: 'Q7747', qid: 'Q7747', name: 'Vladimir Putin', type: 'PERSON', kind: 'HEAD_OF_STATE', aliases: ['Putin'], roles: [{ role: 'president', of: 'RU', from: 2012 }] },
  { id: 'Q159', qid: 'Q159', name: 'Russia', type: 'GPE', kind: 'COUNTRY', aliases: ['Russian Federation'], demonyms: ['Russian', 'Russians'], iso2: 'RU', lat: 55.75, lon: 37.62 },
  { id: 'Q423', qid: 'Q423', name: 'North Korea', type: 'GPE', kind: 'COUNTRY', aliases: ['DPRK'], demonyms: ['North Korean'], iso2: 'KP', lat: 39.03, lon: 125.75 },
  { id: 'Q30', qid: 'Q30', name: 'United States', type: 'GPE', kind: 'COUNTRY', aliases: ['US', 'U.S.', 'USA'], demonyms: ['American'], iso2: 'US', lat: 38.9, lon: -77.0 },
  { id: 'Q18808', qid: 'Q18808', name: 'Pyongyang', type: 'GPE', kind: 'CITY', aliases: [], country: 'KP', lat: 39.02, lon: 125.74, population: 3000000, standsFor: 'KP' },
  { id: 'Q2684', qid: 'Q2684', name: 'Vladimir', type: 'GPE', kind: 'CITY', aliases: [], country: 'RU', lat: 56.13, lon: 40.4, population: 350000 },
  { id: 'Q959', qid: 'Q959', name: 'Vladivostok', type: 'GPE', kind: 'CITY', aliases: [], country: 'RU', lat: 43.12, lon: 131.9, population: 600000 },
  { id: 'Q1065', qid: 'Q1065', name: 'United Nations', type: 'ORG', kind: 'IGO', aliases: ['UN', 'U.N.'] },
];

export function fakeKb(entries: KbEntry[] = ENTRIES): EntityKb {
  const alias = new Map<string, KbEntry[]>();
  const dem = new Map<string, KbEntry[]>();
  const prefixes = new Set<string>();
  const put = (m: Map<string, KbEntry[]>, s: string, e: KbEntry) => {
    const k = normAlias(s);
    const a = m.get(k) ?? []; if (!a.includes(e)) a.push(e); m.set(k, a);
    const w = k.split(' ');
    for (let i = 1; i <= w.length; i++) prefixes.add(w.slice(0, i).join(' '));
  };
  for (const e of entries) {
    for (const a of [e.name, ...e.aliases]) put(alias, a, e);
    for (const d of e.demonyms ?? []) put(dem, d, e);
  }
  return {
    byAlias: (a) => alias.get(a) ?? [],
    byDemonym: (d) => dem.get(d) ?? [],
    get: (id) => entries.find((e) => e.id === id),
    maxAliasWords: 6,
    hasPrefix: (k) => prefixes.has(k),
    holders: (role, of, year) => entries.filter((e) => (e.roles ?? []).some((r) => r.role === role && r.of === of && (r.from ?? 0) <= year && year <= (r.to ?? Infinity))),
  };
}
