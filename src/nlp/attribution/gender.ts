// Whether a person the report names is "he" or "she", so that a pronoun speaker ("he said") is not resolved to a
// person of the other gender. Read from the report itself first — a title before a mention ("Mr Starmer", "Ms
// Ardern"), a role noun beside it ("spokeswoman Jane Doe", "Doe, a spokeswoman"), a possessive or subject pronoun
// that follows the person in the same sentence with no other person between — then from the given name
// (data/lexicon/given-names-gender.tsv). Word lists: data/lexicon/gender-words.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../core/shared.js';
import { readDataRows } from '../../core/data-rows.js';
import type { Entity } from '../../core/types.js';
import type { NlpDoc } from '../doc.js';

export type Gender = 'm' | 'f';
/** A mention that is only a pronoun ("he", "her", "they"): no name to take as a person's last naming. */
export const PRONOUN_MENTION = /^(he|she|him|her|his|hers|they|it|its|their|i|we)$/i;

interface Words { titles: Map<string, Gender>; roles: Map<string, Gender>; given: Map<string, Gender> }
let words: Words | undefined;
function lists(): Words {
  if (words) return words;
  const dir = join(projectRoot, 'data', 'lexicon');
  const raw = JSON.parse(readFileSync(join(dir, 'gender-words.json'), 'utf8')) as Record<string, string[]>;
  const map = (m: string, f: string): Map<string, Gender> => {
    const out = new Map<string, Gender>();
    for (const w of raw[m] ?? []) out.set(w.toLowerCase(), 'm');
    for (const w of raw[f] ?? []) out.set(w.toLowerCase(), 'f');
    return out;
  };
  const given = new Map<string, Gender>();
  for (const [n, g] of readDataRows(join(dir, 'given-names-gender.tsv'))) if (n && (g === 'm' || g === 'f')) given.set(n, g);
  words = { titles: map('titlesMale', 'titlesFemale'), roles: map('rolesMale', 'rolesFemale'), given };
  return words;
}

/** The gender a pronoun names: "he"/"him"/"his" → m, "she"/"her"/"hers" → f. */
export function pronounGender(w: string): Gender | undefined {
  const l = w.toLowerCase();
  if (/^(he|him|his|himself)$/.test(l)) return 'm';
  if (/^(she|her|hers|herself)$/.test(l)) return 'f';
  return undefined;
}

const WORD = /[\p{L}][\p{L}'’-]*/gu;
/** The gender a source phrase shows by itself: a title ("Mr Lee"), a role noun ("the spokeswoman"), a given name. */
export function phraseGender(phrase: string): Gender | undefined {
  const W = lists();
  const ws = (phrase.match(WORD) ?? []).map((w) => w.toLowerCase().replace(/[’']s$/, ''));
  if (!ws.length) return undefined;
  const t = W.titles.get(ws[0]!.replace(/\.$/, ''));
  if (t && ws.length > 1) return t;
  // a role noun as the phrase's head ("the ministry's spokeswoman", "a businessman")
  const r = W.roles.get(ws[ws.length - 1]!);
  if (r) return r;
  // the given name: the first capitalised word after any title-like words
  const caps = (phrase.match(WORD) ?? []).filter((w) => /^\p{Lu}/u.test(w));
  if (caps.length >= 2) return W.given.get(caps[0]!.toLowerCase());
  return undefined;
}

const cache = new WeakMap<NlpDoc, Map<string, Gender>>();

/** Gender of every PERSON entity of the document that shows one, by entity id (computed once per document). */
export function entityGenders(doc: NlpDoc): Map<string, Gender> {
  const hit = cache.get(doc);
  if (hit) return hit;
  const W = lists();
  const text = doc.text;
  const votes = new Map<string, { m: number; f: number }>();
  const vote = (id: string, g: Gender, n: number): void => { const v = votes.get(id) ?? { m: 0, f: 0 }; v[g] += n; votes.set(id, v); };
  const persons = doc.entities.filter((e) => e.type === 'PERSON');
  // every person mention, in text order, for the "no other person between" test
  const all: Array<{ s: number; e: number; id: string }> = [];
  for (const e of persons) for (const m of e.mentions) all.push({ s: m.start, e: m.end, id: e.id });
  all.sort((a, b) => a.s - b.s);
  for (const e of persons) {
    for (const m of e.mentions) {
      const before = text.slice(Math.max(0, m.start - 40), m.start);
      // a title right before the name
      const tm = /([\p{L}]+)\.?\s+$/u.exec(before);
      const title = tm ? W.titles.get(tm[1]!.toLowerCase()) : undefined;
      if (title && /^\p{Lu}/u.test(tm![1]!)) vote(e.id, title, 3);
      // a role noun right before it ("spokeswoman Jane Doe", "his wife, Jane")
      const rm = /([\p{L}]+)\s*,?\s+$/u.exec(before);
      const roleBefore = rm ? W.roles.get(rm[1]!.toLowerCase()) : undefined;
      if (roleBefore && !/^\p{Lu}/u.test(rm![1]!)) vote(e.id, roleBefore, 3);
      // a role noun in an apposition right after it ("Jane Doe, a spokeswoman for …", "Doe, the ministry's spokeswoman")
      const after = text.slice(m.end, m.end + 80);
      const am = /^\s*,\s+(?:a|an|the|his|her|their)\s+(?:[\p{Ll}'’-]+\s+){0,3}?([\p{Ll}]+)\b/u.exec(after);
      const roleAfter = am ? W.roles.get(am[1]!) : undefined;
      if (roleAfter) vote(e.id, roleAfter, 2);
    }
  }
  // a pronoun after the person in the same sentence, no other person mentioned between ("Doe said her team …")
  const sentEnd = (at: number): number => {
    const s = doc.sentences.find((x) => x.start <= at && at < x.end);
    return s ? s.end : Math.min(text.length, at + 200);
  };
  for (let i = 0; i < all.length; i++) {
    const m = all[i]!;
    const next = all[i + 1];
    const stop = Math.min(sentEnd(m.s), next ? next.s : text.length);
    const seg = text.slice(m.e, stop);
    const pm = /\b(he|him|his|she|her|hers)\b/i.exec(seg);
    if (pm) {
      // no other name-like capitalised pair between (a person the entities stage missed)
      const between = seg.slice(0, pm.index);
      if (!/\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+/u.test(between)) vote(m.id, pronounGender(pm[1]!)!, 1);
    }
  }
  // the given name weighs as two pronouns: a title or a role noun outweighs it, a stray pronoun does not
  for (const e of persons) { const g = givenNameGender(e); if (g) vote(e.id, g, 2); }
  const out = new Map<string, Gender>();
  for (const e of persons) {
    const v = votes.get(e.id);
    if (v && v.m !== v.f) out.set(e.id, v.m > v.f ? 'm' : 'f');
  }
  cache.set(doc, out);
  return out;
}

/** The gender of the entity's given name: the first word of its longest written name of two words or more. */
function givenNameGender(e: Entity): Gender | undefined {
  const names = [e.name, ...e.mentions.map((m) => m.text)].filter((n) => /\s/.test(n.trim())).sort((a, b) => b.length - a.length);
  for (const n of names) {
    const first = (n.match(WORD) ?? [])[0];
    if (!first || !/^\p{Lu}/u.test(first)) continue;
    const g = lists().given.get(first.toLowerCase());
    if (g) return g;
  }
  return undefined;
}
