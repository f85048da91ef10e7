// In-domain silver training documents for the entities tagger, projected from the project's own READABLE gold
// (shared examples, eval/devset, eval/devset-b … eval/devset-l, readable story reports). Never the measure-only
// folders (eval/devset-m … and the measure-only stories): SILVER_DIRS lists what may be read, nothing is globbed.
//
// Projection: the text is segmented and tokenised exactly as the entities stage does it (segment stage + docTokens);
// every gold name and alias is matched as an exact, case-sensitive token sequence (longest first, no overlaps) and
// labelled with its gold type (PERSON → PER, ORG → ORG, GPE / LOC / FAC → LOC, any other type → MISC). Capitalised
// tokens outside every match are left out of the loss (`unknown`: gold lists referents, not every name in the text)
// unless they are confidently ordinary words (a sentence-initial word the document also writes in lower case, or a
// lexicon non-entity word). Headline-case sentences are skipped, as the stage does not tag them.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { prepareDocument } from '../../src/analyze.js';
import { newDoc } from '../../src/nlp/doc.js';
import { segmentStage } from '../../src/nlp/segment/index.js';
import { docTokens, tokenize, type Tok } from '../../src/nlp/entities/tokenize.js';
import { sentenceRanges } from '../../src/nlp/entities/recognize.js';
import { isCommonEnglishWord, lexicon } from '../../src/nlp/entities/lexicon.js';
import type { NerDoc, NerSent } from './corpora.js';
import { getKb } from '../../src/kb/load.js';
import { normAlias } from '../../src/kb/normalize.js';

/** Readable folders (relative to the project root, or absolute), in a fixed order. */
export const SILVER_SETS = ['examples', 'devset', ...'bcdefghijkl'.split('').map((c) => `devset-${c}`)];
/** Stories whose reports are measure-only: never read. */
export const MEASURE_ONLY_STORIES = new Set([
  'valparaiso-vina-del-mar-wildfires-2024', 'wayanad-landslides-2024', 'visakhapatnam-gas-leak-2020', 'mottarone-cable-car-2021',
  'rupganj-factory-fire-2021', 'kallakurichi-hooch-2024', 'baghdad-hospital-fire-2021', 'kuje-prison-break-2022',
  'everest-icefall-avalanche-2014', 'semeru-eruption-2021', 'cianjur-earthquake-2022',
]);
const MEASURE_ONLY_SET = /^devset-[m-z]$/;

/** Which uncovered capitalised words read as O (NER_SILVER_O, for experiments): 'lower' (default) or 'start' (sentence-initial only). */
const SILVER_O = process.env.NER_SILVER_O ?? 'lower';

interface GoldEnt { name: string; type: string; aliases?: string[] }

export function typeLabel(t: string): string {
  if (t === 'PERSON') return 'PER';
  if (t === 'ORG') return 'ORG';
  if (t === 'GPE' || t === 'LOC' || t === 'FAC') return 'LOC';
  return 'MISC';
}

/** Silver document of one text and its gold entities (exported for tests). */
export function silverDoc(id: string, text: string, ents: readonly GoldEnt[], publishedAt?: string): NerDoc {
  const info = prepareDocument(text, publishedAt ? { publishedAt } : {});
  const doc = newDoc(info);
  segmentStage.run(doc);
  const toks = docTokens(doc);
  const L = lexicon();
  const lowerSeen = new Set<string>();
  for (const t of toks) if (t.isWord && !t.cap && !t.headline) lowerSeen.add(t.lower);
  // names as token sequences, longest first
  const names: { words: string[]; lab: string; a: number; b: number }[] = [];
  const demonyms = new Set<string>();
  const kb = getKb();
  for (const e of ents) {
    for (const n of [e.name, ...(e.aliases ?? [])]) {
      const words = tokenize(n).map((t) => t.text);
      if (!words.length || !/\p{Lu}/u.test(n)) continue;
      // a one-word alias the KB knows as a demonym ("Algerian" of Algeria): the corpora call it MISC, not the place
      if (words.length === 1 && kb.byDemonym(normAlias(n)).length) { demonyms.add(n); continue; }
      // the name's leading and trailing lower-case words ("the", "Sichuan province", "Xinhua news agency") are O:
      // the corpora's name spans run from the first to the last capitalised word
      let a = 0, b = words.length;
      const low = (w: string) => !/^[\p{Lu}\p{N}]/u.test(w);
      while (a < b && low(words[a]!)) a++;
      while (b > a && low(words[b - 1]!)) b--;
      names.push({ words, lab: typeLabel(e.type), a, b });
    }
  }
  names.sort((a, b) => b.words.length - a.words.length);
  const sents: NerSent[] = [];
  for (const r of sentenceRanges(toks)) {
    if (r.to <= r.from || toks[r.from]!.headline) continue;
    const sl: Tok[] = toks.slice(r.from, r.to);
    const labels = sl.map(() => 'O');
    const covered = new Uint8Array(sl.length);
    for (const nm of names) {
      const m = nm.words.length;
      for (let i = 0; i + m <= sl.length; i++) {
        let ok = true;
        for (let k = 0; k < m && ok; k++) if (covered[i + k] || sl[i + k]!.text !== nm.words[k]) ok = false;
        if (!ok) continue;
        for (let k = 0; k < m; k++) {
          covered[i + k] = 1;
          if (k >= nm.a && k < nm.b) labels[i + k] = `${k > nm.a ? 'I' : 'B'}-${nm.lab}`;
        }
        i += m - 1;
      }
    }
    const unknown = sl.map((t, i) => {
      if (demonyms.has(t.text)) return true;
      if (covered[i] || !t.isWord || !t.cap) return false;
      if (L.nonEntities.has(t.lower) && !/^\p{Lu}{2,}$/u.test(t.text)) return false;
      // confidently no name: a word the document also writes in lower case ("Governor" beside "the governor"),
      // a title or role word; read as O, as the open corpora do (leaving them out teaches "capitalised → name")
      if (SILVER_O === 'lower' && (lowerSeen.has(t.lower) || L.roleNouns.has(t.lower) || L.honorifics.has(t.lower) || L.titleModifiers.has(t.lower))) return false;
      // a sentence's first word that is ordinary English ("Firefighters reached …"): O, as the open corpora read it
      if (t.sentStart && (lowerSeen.has(t.lower) || isCommonEnglishWord(t.lower))) return false;
      return true;
    });
    // a lower-case word inside a capitalised run ("Bank of England") next to unknown words stays unknown too
    for (let i = 1; i + 1 < sl.length; i++) if (!covered[i] && unknown[i - 1] && unknown[i + 1] && /^(of|and|the|for|de|al|&|-)$/i.test(sl[i]!.text)) unknown[i] = true;
    sents.push({ toks: sl.map((t) => t.text), labels, unknown });
  }
  return { id, sents };
}

/** Silver documents from the readable folders under `root` (`exclude`: set names held out, e.g. for measuring). */
export function readSilver(root: string, sharedExamples: string | undefined, exclude: ReadonlySet<string> = new Set()): NerDoc[] {
  const dirs: [string, string][] = [];
  for (const s of SILVER_SETS) {
    if (exclude.has(s) || MEASURE_ONLY_SET.test(s)) continue;
    if (s === 'examples') {
      // one folder per example: numbered reports, or article.txt + gold.json
      if (sharedExamples && existsSync(sharedExamples)) for (const d of readdirSync(sharedExamples).sort()) dirs.push([`examples/${d}`, join(sharedExamples, d)]);
      continue;
    }
    dirs.push([s, join(root, 'eval', s)]);
  }
  const st = join(root, 'eval', 'stories');
  if (!exclude.has('stories') && existsSync(st)) {
    for (const d of readdirSync(st).sort()) if (!MEASURE_ONLY_STORIES.has(d)) dirs.push([`stories/${d}`, join(st, d)]);
  }
  const out: NerDoc[] = [];
  for (const [name, dir] of dirs) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith('gold.json') || f === 'story.gold.json') continue;
      const txt = join(dir, f === 'gold.json' ? 'article.txt' : f.replace(/\.gold\.json$/, '.txt'));
      if (!existsSync(txt)) continue;
      const g = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { publishedAt?: string; entities?: GoldEnt[]; otherEntities?: GoldEnt[] };
      const ents = [...(g.entities ?? []), ...(g.otherEntities ?? [])];
      out.push(silverDoc(`silver:${name}/${f}`, readFileSync(txt, 'utf8'), ents, g.publishedAt));
    }
  }
  return out;
}
