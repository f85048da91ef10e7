// The entities stage: recognises named mentions (KB gazetteer + perceptron tagger + lexicon rules), links them to
// the knowledge base, merges them into one entity per referent and adds geo / ISO codes. See README in this folder.
import { figureCurrencyCodes } from './currency-code.js';
import type { Entity } from '../../core/types.js';
import { explain, type NlpDoc, type Stage } from '../doc.js';
import { currentKb, type EntityKb } from './kbview.js';
import { type Cand, spanKey, stripDot, collectCandidates, locativeCandidates, select, sentenceRanges, tagDocument } from './recognize.js';
import { lexicon } from './lexicon.js';
import { resolve } from './resolve.js';
import { defaultTagger } from './tagger.js';
import { docTokens, type Tok } from './tokenize.js';
import { outletNameCandidates, ownOutlet } from './own-outlet.js';
import { orgCountryNames } from './org-country.js';
import { dropPortfolioWords } from './title-portfolio.js';
import { eventOwners } from './event-owners.js';
import { compassPlaceCandidates } from './compass-place.js';
import { caseNameCandidates } from './case-names.js';
import { isZoneAfterClock } from './zone-abbrev.js';

import { trimTitlePhrases } from './title-phrases.js';
export { resolvePronoun } from './pronoun.js';
export { setEntityKb } from './kbview.js';

export function recognizeEntities(doc: NlpDoc): Entity[] {
  const toks = docTokens(doc);
  if (!toks.length) return [];
  const kb = currentKb();
  const sents = sentenceRanges(toks);
  const lowerSeen = new Set<string>();
  for (const t of toks) if (t.isWord && !t.cap && !t.headline) lowerSeen.add(t.lower);
  const labels = tagDocument(defaultTagger(), toks, sents, lowerSeen, kb);
  const own = ownOutlet(kb, doc.info?.outlet);
  const inp = { text: doc.text, toks, sents, kb, labels, lowerSeen, own };
  const cands = trimTitlePhrases(toks, collectCandidates(inp));
  cands.push(...outletNameCandidates(toks, doc.text, doc.info?.outlet, kb, own));
  cands.push(...compassPlaceCandidates(toks, sents, kb));
  cands.push(...caseNameCandidates(toks, doc.text, lowerSeen, kb));
  const { chosen: picked, taken } = select(cands.filter((c) => !isZoneAfterClock(toks, c)), toks.length, toks, doc.text);
  const chosen = dropPortfolioWords(toks, orgCountryNames(toks, splitPossessor(toks, picked, kb)), kb);
  chosen.push(...ownedBodies(toks, chosen, taken, kb));
  chosen.push(...countryPrefixes(toks, chosen, kb));
  chosen.push(...eventOwners(toks, chosen, kb));
  const loc = locativeCandidates(inp, taken);
  for (const c of loc) for (let k = c.s; k < c.e; k++) taken[k] = 1;
  // a multi-word "X-based" place ("Las Vegas-based") replaces what was chosen over its first words ("Las")
  const wide = loc.filter((c) => c.rule === 'locative-based' && c.e - c.s > 1);
  if (wide.length) chosen.splice(0, chosen.length, ...chosen.filter((c) => !wide.some((w) => w.s <= c.s && c.e <= w.e)));
  acronymExtend(toks, chosen, taken);
  const acr = acronyms(toks, chosen, taken);
  const extra = propagate(toks, [...chosen, ...loc, ...acr], taken, lowerSeen);
  const named = [...chosen, ...loc, ...acr, ...extra];
  const codes = figureCurrencyCodes(toks, named);
  // a lone code is dropped as a currency unless the knowledge base holds it as a body ("NPR", the broadcaster)
  const all = orgShortNames(toks, splitGluedPersons(toks, named))
    .filter((c) => !(codes.size && c.e - c.s === 1 && c.cs === undefined && codes.has(toks[c.s]!.text) && !c.entries?.some((x) => x.type === 'ORG')))
    .sort((a, b) => a.s - b.s);
  const year = doc.anchorDate ? Number(doc.anchorDate.slice(0, 4)) : 9999;
  const ents = resolve({ text: doc.text, toks, kb, year, lowerSeen, own }, all);
  explain(doc, 'entities', () => `${toks.length} tokens, ${cands.length} candidates, ${all.length} mentions, ${ents.length} entities`);
  return ents;
}

/**
 * "Russia's Foreign Ministry", "Ukraine's Defence Ministry": the KB holds such phrases as aliases of the body, but the
 * country that owns it is named too. The possessor becomes its own place mention and the body keeps the words after
 * the clitic, linked as before.
 */
function splitPossessor(toks: Tok[], cands: Cand[], kb: EntityKb | null): Cand[] {
  if (!kb) return cands;
  const out: Cand[] = [];
  for (const c of cands) {
    let p = -1;
    if (c.entries && c.type === 'ORG' && c.cs === undefined && c.e - c.s >= 3) {
      for (let k = c.s + 1; k < c.e - 1; k++) if (toks[k]!.poss) { p = k; break; }
    }
    const owner = p > 0 && toks[p + 1]!.cap ? kb.byAlias(spanKey(toks, c.s, p)).filter((x) => x.type === 'GPE') : [];
    if (!owner.length) { out.push(c); continue; }
    out.push({ s: c.s, e: p, type: 'GPE', src: 'kb', rule: 'kb-alias', score: 0, entries: owner }, { ...c, s: p + 1 });
  }
  return out;
}

/**
 * "US Federal Reserve", "U.S. Supreme Court", "the US East Coast": a state body or coast named with its country's short
 * form in front (data/lexicon/country-prefix-heads.txt) names the country too — a place mention over the prefix,
 * overlapping the body's, which keeps its whole name and link. Issue #3, stop 24. A one-word prefix written out
 * ("India", "Georgia"; not "United States", "West Bank") counts only for a country the document names elsewhere, and
 * never when the prefix and the next word are a
 * place of their own ("Jersey City", "Niger Delta"), when the KB gives the word to something other than a country too
 * ("Georgia", the US state) or when it is a given name ("The Chad Smith Agency"). Review of stop 24, finding 2.
 */
function countryPrefixes(toks: Tok[], chosen: Cand[], kb: EntityKb | null): Cand[] {
  if (!kb) return [];
  const L = lexicon();
  const out: Cand[] = [];
  for (const c of chosen) {
    if ((c.type !== 'ORG' && c.type !== 'LOC' && c.type !== 'FAC') || c.cs !== undefined || c.e - c.s < 3) continue;
    if (!L.countryPrefixHeads.has(toks[c.e - 1]!.lower)) continue;
    // the prefix: one or two tokens that are a country's name or short form ("US", "U.S.", "UK", "United States")
    for (const n of [1, 2]) {
      if (c.e - c.s - n < 2) break;
      if (!toks.slice(c.s, c.s + n).every((t) => t.cap && t.isWord)) break;
      const all = kb.byAlias(spanKey(toks, c.s, c.s + n));
      const hit = all.filter((x) => x.kind === 'COUNTRY' && x.type === 'GPE');
      if (hit.length !== 1 || !toks[c.s + n]!.cap) continue;
      if (!(n === 2 || isShortForm(toks, c.s, c.s + n) || namedElsewhere(chosen, c, hit[0]!.id))) continue;
      if (all.length > 1 || (n === 1 && L.givenNames.has(toks[c.s]!.lower))) break;
      if (kb.byAlias(spanKey(toks, c.s, c.s + n + 1)).some((x) => PLACE_TYPES.has(x.type))) break;
      out.push({ s: c.s, e: c.s + n, type: 'GPE', src: 'kb', rule: 'country-prefix', score: 0, entries: hit });
      break;
    }
  }
  return out;
}

const PLACE_TYPES = new Set<string>(['GPE', 'LOC', 'FAC']);

/** A country's short form: capitals, with or without dots ("US", "U.S.", "UK", "EU"). */
function isShortForm(toks: Tok[], s: number, e: number): boolean {
  const t = toks.slice(s, e).map((x) => x.text).join('');
  return /^(?:\p{Lu}\.?){2,3}$/u.test(t);
}

/** Whether another mention, outside `c`, names the country `id` alone. */
function namedElsewhere(chosen: Cand[], c: Cand, id: string): boolean {
  return chosen.some((o) => o !== c && (o.e <= c.s || o.s >= c.e) && o.entries?.length === 1 && o.entries[0]!.id === id);
}

/**
 * A state's body written in lower case after its owner (data: ownedBodyNouns): "Russia's defence ministry", "Iraq's
 * parliament", "the Indian defence ministry", "the Iraqi military", "the Paris fire brigade" — the owner and the noun
 * are one organisation, and the owner stays a place mention of its own (the two mentions overlap). A ministry
 * compound is one after a bare "the" too ("the finance ministry"), but only when its owner is known — the place after
 * "in" ("the finance ministry in Kyiv") or the country that leads the report strictly — and no other country owns a
 * ministry of that name in the report (they would merge: "the finance ministry in Kyiv and the finance ministry in
 * Moscow"). A body noun that is an adjective too (ownedBodyAdjectiveHeads: "military") must read
 * as a noun: the word after it is a verb or a preposition (ownedBodyAfterWords), not a lower-case noun ("Russia's
 * military operations") nor a coordination of adjectives ("Israel's military and political leadership", "Russia's
 * military, economic and political power"). True nouns ("parliament", "army") are not checked ("Iran's parliament
 * speaker"), but none is the body before "of" + a lower-case word ("Germany's army of volunteers"). Issue #3; review
 * of stop 23.
 */
function ownedBodies(toks: Tok[], chosen: Cand[], taken: Uint8Array, kb: EntityKb | null): Cand[] {
  const L = lexicon();
  if (!L.ownedBodyNouns.size) return [];
  const out: Cand[] = [];
  const sameSent = (k: number, h: number): boolean => !!toks[k] && toks[k]!.sent === toks[h]!.sent;
  const lowerWord = (k: number, h: number): boolean => sameSent(k, h) && toks[k]!.isWord && !toks[k]!.cap;
  const coord = (k: number): boolean => toks[k]!.text === ',' || toks[k]!.lower === 'and' || toks[k]!.lower === 'or';
  /** the adjective head at h reads as the noun: the next word is a verb / preposition, not a noun or more adjectives */
  const readsAsNoun = (h: number): boolean => {
    let k = h + 1;
    if (!sameSent(k, h)) return true;
    if (coord(k)) {
      // "military, economic and political power": skip the coordinated words; the body is a noun only when what
      // follows the last conjunct is no lower-case noun ("the military and police said")
      while (sameSent(k, h) && coord(k)) {
        while (sameSent(k, h) && coord(k)) k++;
        if (!lowerWord(k, h)) return true; // "Russia's military and Ukraine's army"
        if (/(?:al|ic|ary|ive|ous|ian|ial)$/.test(toks[k]!.lower) && !L.ownedBodyNouns.has(toks[k]!.lower)) return false;
        k++;
      }
      return !lowerWord(k, h) || L.ownedBodyAfterWords.has(toks[k]!.lower) || /ed$/.test(toks[k]!.lower);
    }
    const nx = toks[k]!;
    return !(nx.isWord && !nx.cap) || L.ownedBodyAfterWords.has(nx.lower) || /ed$/.test(nx.lower);
  };
  const bodyAt = (h: number): number => {
    let best = 0, key = '';
    for (let n = 1; n <= 3 && h + n <= toks.length; n++) {
      const t = toks[h + n - 1]!;
      if (!t.isWord || t.cap || taken[h + n - 1] || t.sent !== toks[h]!.sent) break;
      key = key ? key + ' ' + t.lower : t.lower;
      if (L.ownedBodyNouns.has(key)) best = n;
    }
    if (!best) return 0;
    const last = h + best - 1;
    // "an army of volunteers": a description, not the state's body
    if (toks[last + 1]?.lower === 'of' && lowerWord(last + 2, h) && !/^(?:the|a|an|this|that|its|their)$/.test(toks[last + 2]!.lower)) return 0;
    if (best === 1 && L.ownedBodyAdjectiveHeads.has(toks[h]!.lower) && !readsAsNoun(h)) return 0;
    return best;
  };
  const byEnd = new Map<number, Cand>();
  const byStart = new Map<number, string>();
  const countries = new Map<string, number>();
  for (const c of chosen) {
    if (c.type !== 'GPE' || !c.entries?.length) continue;
    const iso = c.entries[0]!.iso2 ?? c.entries[0]!.country;
    if (iso) { countries.set(iso, (countries.get(iso) ?? 0) + 1); byStart.set(c.s, iso); }
    if (c.cs === undefined) byEnd.set(c.e, c);
  }
  // the country that leads the report strictly: the owner of a bare "the finance ministry" named nowhere near it
  let lead: string | undefined, top = 0, second = 0;
  for (const [iso, n] of countries) {
    if (n > top) { second = top; top = n; lead = iso; } else if (n > second) second = n;
  }
  if (top === second) lead = undefined;
  // bare ministries by name → their owners ("the finance ministry in Kyiv": Ukraine; else the leading country)
  const bare: { c: Cand; key: string; owner: string | undefined }[] = [];
  for (let h = 1; h < toks.length; h++) {
    const t = toks[h]!;
    if (!t.isWord || t.cap || taken[h]) continue;
    let s = -1;
    const clitic = toks[h - 1]!.poss ? byEnd.get(h - 1) : undefined;
    const attr = byEnd.get(h);
    if (clitic) s = clitic.s; // "Russia's defence ministry"
    else if (attr && toks[attr.s - 1]?.lower === 'the') s = attr.s; // "the Indian defence ministry", "the Paris fire brigade"
    else if (toks[h - 1]!.lower === 'the') s = h; // "the finance ministry" (ministry compounds only, below)
    if (s < 0) continue;
    const n = bodyAt(h);
    if (!n || (s === h && (n < 2 || toks[h + n - 1]!.lower !== 'ministry'))) continue;
    const c: Cand = { s, e: h + n, type: 'ORG', src: 'head', rule: 'owned-body', score: 0, tagType: 'ORG' };
    const owner = clitic ?? attr;
    if (kb && owner) {
      // the KB's body: the whole phrase as an alias ("Russia's Defence Ministry"), else the body noun of the owner's
      // country ("defence ministry" of RU); none when the owner is no single country
      const iso = owner.entries![0]!.iso2 ?? owner.entries![0]!.country;
      let hit = kb.byAlias(spanKey(toks, s, h + n)).filter((x) => x.type === 'ORG');
      if (!hit.length && iso) hit = kb.byAlias(spanKey(toks, h, h + n)).filter((x) => x.type === 'ORG' && (x.country ?? x.iso2) === iso);
      if (hit.length === 1) c.entries = hit;
    }
    if (s === h) {
      const at = toks[h + n]?.lower === 'in' ? byStart.get(h + n + 1) : undefined;
      bare.push({ c, key: spanKey(toks, h, h + n), owner: at ?? lead });
    } else out.push(c);
    for (let k = h; k < h + n; k++) taken[k] = 1;
    h += n - 1;
  }
  // a bare ministry is named only when its owner is known and the report has no other country's ministry of that
  // name ("the finance ministry in Kyiv and the finance ministry in Moscow" would merge into one)
  const owners = new Map<string, Set<string | undefined>>();
  for (const b of bare) owners.set(b.key, (owners.get(b.key) ?? new Set()).add(b.owner));
  for (const b of bare) {
    const o = owners.get(b.key)!;
    if (o.size === 1 && b.owner) out.push(b.c);
    else for (let k = b.c.s; k < b.c.e; k++) taken[k] = 0;
  }
  return out;
}

/**
 * A span that ends with the full name of a person recognised elsewhere in the document is two names glued together
 * ("United States Hamdullah Mohib" after "Ambassador to the"): split it.
 */
function splitGluedPersons(toks: Tok[], cands: Cand[]): Cand[] {
  const persons = new Set<string>();
  for (const c of cands) if (c.type === 'PERSON' && c.e - c.s >= 2 && c.src !== 'model') persons.add(toks.slice(c.s, c.e).map((t) => t.text).join(' '));
  if (!persons.size) return cands;
  const out: Cand[] = [];
  for (const c of cands) {
    if (c.type === 'PERSON' || c.e - c.s < 3 || c.entries) { out.push(c); continue; }
    let done = false;
    for (let k = c.s + 1; k <= c.e - 2; k++) {
      if (!persons.has(toks.slice(k, c.e).map((t) => t.text).join(' '))) continue;
      let e = k; while (e > c.s && !toks[e - 1]!.cap) e--;
      if (e > c.s) out.push({ ...c, e, type: c.type === 'OTHER' ? 'ORG' : c.type });
      out.push({ ...c, s: k, type: 'PERSON', src: 'given', rule: 'coref-split', tagType: 'PER' });
      done = true; break;
    }
    if (!done) out.push(c);
  }
  return out;
}

function textOf(toks: Tok[], s: number, e: number): string {
  let k = toks[s]!.text;
  for (let i = s + 1; i < e; i++) k += ' ' + toks[i]!.text;
  return k;
}

/** Trailing words a company's short name drops ("Ford Motor Company" → "Ford", "Chrysler LLC" → "Chrysler"). */
const COMPANY_TAIL = new Set(['company', 'corporation', 'motor', 'motors', 'airlines', 'airways', 'aircraft', 'group', 'holdings',
  'systems', 'technologies', 'industries', 'pharmaceuticals', 'enterprises', 'international', 'incorporated', 'limited', '&']);
/**
 * "Ford Motor Company … Ford said", "Nippon Steel Corp. … Nippon Steel said": a short form (up to three words) of a
 * company named in full in the document is that company, whatever the tagger guessed (an unknown capitalised name
 * defaults to a person).
 */
function orgShortNames(toks: Tok[], cands: Cand[]): Cand[] {
  const L = lexicon();
  const short = new Map<string, Cand>();
  for (const c of cands) {
    if (c.type !== 'ORG' || c.e - c.s < 2 || c.cs !== undefined) continue;
    let e = c.e;
    while (e > c.s + 1 && (COMPANY_TAIL.has(toks[e - 1]!.lower) || L.companySuffixes.has(stripDot(toks[e - 1]!.lower)) || toks[e - 1]!.text === '.')) e--;
    if (e === c.e || e - c.s > 3) continue;
    const t = toks[c.s]!;
    if (!t.cap || t.text.length < 3 || L.nonEntities.has(t.lower)) continue;
    const key = textOf(toks, c.s, e);
    if (!short.has(key)) short.set(key, c);
  }
  if (!short.size) return cands;
  return cands.map((c) => {
    if (c.e - c.s > 3 || c.type === 'ORG' || c.entries || c.cs !== undefined) return c;
    const o = short.get(textOf(toks, c.s, c.e));
    if (!o || (c.src !== 'model' && c.src !== 'part' && c.src !== 'given')) return c;
    return { ...c, type: 'ORG', entries: o.entries, tagType: 'ORG', rule: 'org-short-name' };
  });
}

const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&]{1,7}$/u;

/** Initials of the words in [s, e), name connectors ("of", "for", "and", "in" …) left out, or undefined when a token is no word or comma. */
function strictInitials(toks: Tok[], s: number, e: number): string | undefined {
  const L = lexicon();
  let out = '';
  for (let k = s; k < e; k++) {
    const t = toks[k]!;
    if (t.text === ',') continue;
    if (!t.isWord) return undefined;
    if (L.nameConnectors.has(t.lower) || t.lower === 'in') continue;
    if (!t.cap) return undefined;
    for (const part of t.text.split(/[-‐‑]/)) if (part) out += part[0]!.toUpperCase();
  }
  return out;
}

/**
 * An organisation's name cut short of the words its bracketed acronym spells ("The Board of Control for Cricket in
 * India (BCCI)", "the Department of Investment and Public Asset Management (DIPAM)", "Philippine Atmospheric,
 * Geophysical and Astronomical Services Administration (PAGASA)"): the name takes the capitalised words, connectors
 * and commas up to the bracket or back from its start whose initials are the acronym exactly; names inside the
 * longer span are dropped. Issue #3, stop 24.
 */
function acronymExtend(toks: Tok[], chosen: Cand[], taken: Uint8Array): void {
  for (const c of [...chosen]) {
    if (c.type !== 'ORG' || c.src === 'model' || c.cs !== undefined || !chosen.includes(c)) continue;
    // the bracket: right after the name or after up to six more name words
    let o = c.e;
    while (o < c.e + 6 && o < toks.length && toks[o]!.text !== '(' && toks[o]!.sent === toks[c.s]!.sent) o++;
    const a = toks[o + 1]; const cl = toks[o + 2];
    // (an acronym news copy writes as a word counts too: "(Pagasa)")
    if (toks[o]?.text !== '(' || !a || cl?.text !== ')' || !(ACRONYM.test(a.text) || /^\p{Lu}\p{Ll}{3,7}$/u.test(a.text))) continue;
    const acr = a.text.toUpperCase();
    if (strictInitials(toks, c.s, c.e) === acr && o === c.e) continue;
    let best: { s: number; e: number } | undefined;
    for (let s = c.s; s >= Math.max(0, c.s - 6) && !best; s--) {
      if (toks[s]!.sent !== toks[c.s]!.sent) break;
      if (!toks[s]!.isWord || !toks[s]!.cap) continue;
      if (strictInitials(toks, s, o) === acr) best = { s, e: o };
    }
    if (!best || (best.s === c.s && best.e === c.e)) continue;
    const inside = chosen.filter((x) => x !== c && x.s >= best!.s && x.e <= best!.e);
    if (chosen.some((x) => x !== c && !inside.includes(x) && x.s < best!.e && best!.s < x.e)) continue;
    for (const x of inside) chosen.splice(chosen.indexOf(x), 1);
    const i = chosen.indexOf(c);
    chosen[i] = { ...c, s: best.s, e: best.e, entries: undefined, rule: c.rule + '+acronym-span' };
    for (let k = best.s; k < best.e; k++) taken[k] = 1;
  }
}
/** "International Organization for Migration (IOM)": the bracketed acronym is a candidate of the same kind. */
function acronyms(toks: Tok[], chosen: Cand[], taken: Uint8Array): Cand[] {
  const out: Cand[] = [];
  for (const c of chosen) {
    const o = toks[c.e]; const a = toks[c.e + 1]; const cl = toks[c.e + 2];
    if (!o || !a || !cl || o.text !== '(' || cl.text !== ')' || taken[c.e + 1]) continue;
    if (!ACRONYM.test(a.text.replace(/\./g, ''))) continue;
    out.push({ ...c, s: c.e + 1, e: c.e + 2, src: 'acronym', rule: 'acronym-paren' });
    taken[c.e + 1] = 1;
  }
  return out;
}

/** Document-level consistency: another occurrence of a recognised name is a mention too. */
function propagate(toks: Tok[], chosen: Cand[], taken: Uint8Array, lowerSeen: ReadonlySet<string>): Cand[] {
  const L = lexicon();
  const byText = new Map<string, Cand>();
  for (const c of chosen) {
    if (c.cs !== undefined || c.e - c.s > 6) continue;
    const f = toks[c.s]!;
    if (!f.cap || (c.e - c.s === 1 && (lowerSeen.has(f.lower) || L.nonEntities.has(f.lower)))) continue;
    const key = toks.slice(c.s, c.e).map((t) => t.text).join(' ');
    if (key.length < 2) continue; // a lone letter ("X" the platform) is a name only where its own rule says so
    if (!byText.has(key)) byText.set(key, c);
  }
  // a surname alone names the person met in full elsewhere in the document ("Sam Bankman-Fried … Bankman-Fried said")
  for (const c of chosen) {
    if (c.type !== 'PERSON' || c.e - c.s < 2 || c.cs !== undefined) continue;
    const last = toks[c.e - 1]!;
    if (!last.cap || last.allCaps || last.text.length < 3 || lowerSeen.has(last.lower) || L.nonEntities.has(last.lower)) continue;
    if (!byText.has(last.text)) byText.set(last.text, { ...c, entries: undefined, src: 'part', rule: 'surname-coref', s: c.e - 1 });
  }
  if (!byText.size) return [];
  const out: Cand[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (taken[i] || !toks[i]!.cap) continue;
    let key = '';
    for (let n = 1; n <= 6 && i + n <= toks.length; n++) {
      const t = toks[i + n - 1]!;
      if (taken[i + n - 1]) break;
      key = key ? key + ' ' + t.text : t.text;
      const c = byText.get(key);
      if (!c) continue;
      // the whole candidate must end on a name boundary (a capitalised word on the next line or in the next
      // sentence is no continuation: "Alvin Yeung of Civic Party\nNew People Party's Regina Ip")
      const nx = toks[i + n];
      if (nx && nx.cap && nx.isWord && !taken[i + n] && nx.sent === t.sent) continue;
      out.push({ ...c, s: i, e: i + n, rule: c.rule === 'surname-coref' ? c.rule : 'doc-consistency' });
      for (let k = i; k < i + n; k++) taken[k] = 1;
      i += n - 1;
      break;
    }
  }
  return out;
}

export const entitiesStage: Stage = {
  name: 'entities',
  reads: ['sentences', 'tokens'],
  writes: ['entities'],
  run(doc: NlpDoc) {
    doc.entities = recognizeEntities(doc);
  },
};
