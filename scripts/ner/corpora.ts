// Readers for the open NER corpora used to train and measure the entities tagger.
// Each returns documents of sentences with tokens and BIO labels over PER / ORG / LOC / MISC.
//
// Type mapping (documented in eval/scorers/ner.ts too):
//   wikigold (CoNLL-03 style, IOB1): PER, ORG, LOC, MISC as is.
//   GUM (entity annotation in CoNLL-U MISC column): a mention is *named* when it carries a Wikipedia identity, or is a
//     person / organization / place mention containing proper nouns (many named people have no Wikipedia page);
//     its name span is the mention minus leading determiners / titles and trailing possessives, trimmed to the
//     first..last proper-noun (NNP/NNPS) token; person→PER, organization→ORG, place→LOC, every other etype→MISC.
//     Only outermost named mentions are kept (CoNLL has no nesting).
//   MEANTIME: NAM (proper-name) entity mentions; PER, ORG, LOC as is; PRO, FIN, MIX → MISC.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { getKb } from '../../src/kb/load.js';
import { normAlias } from '../../src/kb/normalize.js';

/** `glue[i]`: no space between token i and the next in the source text (GUM's SpaceAfter=No; absent: spaces everywhere). */
/**
 * `unknown[i]`: the corpus says nothing about token i (partial annotation: a capitalised word outside every annotated
 * mention in MEANTIME); training leaves its label to the model (latent) instead of reading O.
 */
export interface NerSent { toks: string[]; labels: string[]; glue?: boolean[]; unknown?: boolean[] }
/** `weight`: size of the document's training updates (silver news documents; absent: 1). */
export interface NerDoc { id: string; sents: NerSent[]; weight?: number }

/** wikigold: "word TAG" lines, -DOCSTART- between documents, IOB1 tags → BIO. */
export function readWikigold(dir: string): NerDoc[] {
  const text = readFileSync(join(dir, 'wikigold.conll.txt'), 'utf8');
  const docs: NerDoc[] = [];
  let doc: NerDoc | null = null; let cur: NerSent = { toks: [], labels: [] };
  const endSent = () => { if (cur.toks.length && doc) doc.sents.push(toBio(cur)); cur = { toks: [], labels: [] }; };
  for (const line of text.split('\n')) {
    const l = line.trim();
    if (!l) { endSent(); continue; }
    const sp = l.lastIndexOf(' ');
    const w = l.slice(0, sp); const tag = l.slice(sp + 1);
    if (w === '-DOCSTART-') { endSent(); doc = { id: `wikigold-${docs.length}`, sents: [] }; docs.push(doc); continue; }
    if (!doc) { doc = { id: 'wikigold-0', sents: [] }; docs.push(doc); }
    cur.toks.push(w); cur.labels.push(tag);
  }
  endSent();
  return docs.filter((d) => d.sents.length);
}

function toBio(s: NerSent): NerSent {
  const out: string[] = [];
  for (let i = 0; i < s.labels.length; i++) {
    const t = s.labels[i]!;
    if (t === 'O') { out.push('O'); continue; }
    const [p, ty] = t.split('-') as [string, string];
    const prev = i > 0 ? s.labels[i - 1]! : 'O';
    const prevTy = prev === 'O' ? '' : prev.split('-')[1];
    out.push(p === 'B' || prevTy !== ty ? `B-${ty}` : `I-${ty}`);
  }
  return { toks: s.toks, labels: out };
}

const CONNECT = new Set(['of', 'the', '&', 'for', 'de', 'la']);

/** A GUM Wikipedia identity ("North_Korea") naming a country in the KB. */
function isCountry(identity: string): boolean {
  if (!identity) return false;
  return getKb().byAlias(normAlias(identity.replace(/_/g, ' '))).some((e) => e.kind === 'COUNTRY');
}
const NAMED_TYPES = new Set(['person', 'organization', 'place']);
const TITLES = new Set(['president', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'professor', 'sir', 'senator', 'sen.', 'governor', 'gov.', 'general', 'gen.', 'king', 'queen', 'prince', 'princess', 'pope', 'minister', 'prime', 'secretary', 'chancellor', 'mayor', 'judge', 'justice', 'lord', 'lady', 'saint', 'st.', 'chief', 'director', 'captain', 'colonel', 'admiral', 'representative', 'rep.', 'ambassador', 'vice', 'former', 'archbishop', 'bishop', 'rev.', 'reverend']);

/** GUM CoNLL-U news documents. `filter` selects files (default: GUM_news_*). */
export function readGum(dir: string, filter: (f: string) => boolean = (f) => f.startsWith('GUM_news_')): NerDoc[] {
  const cdir = join(dir, 'conllu');
  if (!existsSync(cdir)) return [];
  const docs: NerDoc[] = [];
  for (const f of readdirSync(cdir).sort()) {
    if (!f.endsWith('.conllu') || !filter(f)) continue;
    const doc: NerDoc = { id: f.replace(/\.conllu$/, ''), sents: [] };
    const lines = readFileSync(join(cdir, f), 'utf8').split('\n');
    let toks: string[] = []; let xpos: string[] = []; let glue: boolean[] = [];
    // a multi-word token ("don't" = do + n't): its words are written without spaces, the last one as the range says
    let mwtEnd = -1, mwtGlue = false;
    // mentions within the current sentence
    type M = { start: number; end: number; etype: string; named: boolean; depth: number; identity: string };
    let open: { id: string; start: number; etype: string; named: boolean; identity: string }[] = [];
    let ments: M[] = [];
    const flush = () => {
      if (!toks.length) return;
      const labels = toks.map(() => 'O');
      // name spans
      const spans: { s: number; e: number; ty: string }[] = [];
      for (const m of ments) {
        if (!m.named) continue;
        // proper-noun runs inside the mention (connectors of/the/and/& allowed between NNPs)
        const runs: [number, number][] = [];
        let k = m.start;
        while (k <= m.end) {
          if (!xpos[k]!.startsWith('NNP')) { k++; continue; }
          let e = k;
          let j = k + 1;
          while (j <= m.end) {
            if (xpos[j]!.startsWith('NNP')) { e = j; j++; continue; }
            // hyphenated names split by GUM's tokenizer ("Lee Cheuk - yan", "Kim Jong - un")
            if (toks[j] === '-' && j + 1 <= m.end && xpos[j + 1]!.startsWith('NNP')) { j++; continue; }
            if (m.etype !== 'person' && CONNECT.has(toks[j]!.toLowerCase()) && j + 1 <= m.end && xpos[j + 1]!.startsWith('NNP')) { j++; continue; }
            break;
          }
          runs.push([k, e]); k = e + 1;
        }
        if (!runs.length) continue;
        // a person is the last proper-noun run ("Environment Minister John Baird"), but not one after "of" / "from"
        // ("Michael Tien of NPP" is Michael Tien)
        let pick = runs[runs.length - 1]!;
        if (m.etype === 'person') {
          for (let r = runs.length - 1; r > 0; r--) {
            let before = runs[r]![0] - 1;
            while (before > m.start && /^(the|a|an)$/i.test(toks[before]!)) before--; // "Alvin Yeung from the Civic Party"
            if (before >= m.start && /^(of|from|for|at)$/i.test(toks[before]!)) pick = runs[r - 1]!; else break;
          }
        } else pick = runs[0]!;
        let [s, e] = pick;
        if (m.etype === 'person') { for (let q = e; q >= s; q--) if (TITLES.has(toks[q]!.toLowerCase())) { s = q + 1; break; } }
        while (s <= e && TITLES.has(toks[s]!.toLowerCase())) s++;
        if (s > e) continue;
        // GUM marks a country acting as an agent as an organization ("North Korea fired"); CoNLL tags the name LOC
        const ty = m.etype === 'person' ? 'PER' : m.etype === 'organization' ? (isCountry(m.identity) ? 'LOC' : 'ORG') : m.etype === 'place' ? 'LOC' : 'MISC';
        spans.push({ s, e, ty });
      }
      // outermost first (longest), no overlaps
      spans.sort((a, b) => (b.e - b.s) - (a.e - a.s) || a.s - b.s);
      const used = new Uint8Array(toks.length);
      for (const sp of spans) {
        let clash = false;
        for (let k = sp.s; k <= sp.e; k++) if (used[k]) clash = true;
        if (clash) continue;
        for (let k = sp.s; k <= sp.e; k++) { used[k] = 1; labels[k] = (k === sp.s ? 'B-' : 'I-') + sp.ty; }
      }
      doc.sents.push({ toks, labels, glue });
      toks = []; xpos = []; glue = []; ments = []; open = [];
    };
    for (const line of lines) {
      if (!line || line.startsWith('#')) { if (!line) flush(); continue; }
      const cols = line.split('\t');
      if (cols.length >= 10 && cols[0]!.includes('-')) { mwtEnd = Number(cols[0]!.split('-')[1]); mwtGlue = /SpaceAfter=No/.test(cols[9]!); continue; }
      if (cols.length < 10 || cols[0]!.includes('.')) continue;
      const i = toks.length;
      const misc = cols[9]!;
      const id = Number(cols[0]);
      toks.push(cols[1]!); xpos.push(cols[4]!);
      glue.push(id < mwtEnd ? true : id === mwtEnd ? mwtGlue : /SpaceAfter=No/.test(misc));
      const em = /(?:^|\|)Entity=([^|]*)/.exec(misc);
      if (!em) continue;
      const ann = em[1]!;
      // tokens: "(ID-etype-...-identity" opens (")" closes when single-token), "ID)" closes
      const re = /\((\d+)-([a-z]+)-([^()]*?)(\))?(?=\(|\d+\)|$)|(\d+)\)/g;
      let m: RegExpExecArray | null;
      while ((m = re.exec(ann)) !== null) {
        if (m[1]) {
          const rest = m[3] ?? '';
          const parts = rest.split('-');
          // infstat, salience, centering, minspan, link, identity...
          const identity = parts.slice(5).join('-');
          // named: linked to Wikipedia, or (checked at flush) headed by proper nouns
          const named = identity.length > 0 || NAMED_TYPES.has(m[2]!);
          if (m[4]) ments.push({ start: i, end: i, etype: m[2]!, named, depth: open.length, identity });
          else open.push({ id: m[1], start: i, etype: m[2]!, named, identity });
        } else if (m[5]) {
          for (let k = open.length - 1; k >= 0; k--) {
            if (open[k]!.id === m[5]) { const o = open[k]!; ments.push({ start: o.start, end: i, etype: o.etype, named: o.named, depth: k, identity: o.identity }); open.splice(k, 1); break; }
          }
        }
      }
    }
    flush();
    docs.push(doc);
  }
  return docs;
}

/** MEANTIME intra-document annotation (NewsReader XML). */
export function readMeantime(dir: string): NerDoc[] {
  const base = join(dir, 'intra-doc_annotation');
  if (!existsSync(base)) return [];
  const docs: NerDoc[] = [];
  for (const sub of readdirSync(base).sort()) {
    for (const f of readdirSync(join(base, sub)).sort()) {
      if (!f.endsWith('.xml')) continue;
      const x = readFileSync(join(base, sub, f), 'utf8');
      const toks: { id: string; sent: number; text: string }[] = [];
      for (const m of x.matchAll(/<token [^>]*sentence="(\d+)" t_id="(\d+)"[^>]*>([^<]*)<\/token>/g)) toks.push({ sent: Number(m[1]), id: m[2]!, text: decode(m[3]!) });
      const idx = new Map(toks.map((t, i) => [t.id, i]));
      const ments = new Map<string, number[]>();
      for (const m of x.matchAll(/<ENTITY_MENTION [^>]*m_id="(\d+)"[^>]*syntactic_type="NAM"[^>]*>([\s\S]*?)<\/ENTITY_MENTION>/g)) {
        const ids = [...m[2]!.matchAll(/t_id="(\d+)"/g)].map((a) => idx.get(a[1]!)).filter((v): v is number => v !== undefined);
        if (ids.length) ments.set(m[1]!, ids);
      }
      const ents = new Map<string, string>();
      for (const m of x.matchAll(/<ENTITY [^>]*ent_type="([A-Z]+)"[^>]*m_id="(\d+)"/g)) ents.set(m[2]!, m[1]!);
      const labels = toks.map(() => 'O');
      const cands: { keep: number[]; ty: string }[] = [];
      for (const m of x.matchAll(/<REFERS_TO [^>]*>([\s\S]*?)<\/REFERS_TO>/g)) {
        const tgt = /<target m_id="(\d+)"/.exec(m[1]!)?.[1];
        const et = tgt ? ents.get(tgt) : undefined;
        if (!et) continue;
        const ty = et === 'PER' ? 'PER' : et === 'ORG' ? 'ORG' : et === 'LOC' ? 'LOC' : 'MISC';
        for (const s of m[1]!.matchAll(/<source m_id="(\d+)"/g)) {
          const ids = ments.get(s[1]!);
          if (!ids) continue;
          ids.sort((a, b) => a - b);
          // CoNLL-style extent: drop a leading "the", stop at "(" or "," (appositions), skip gapped mentions
          let a = 0; while (a < ids.length && /^(the|a|an)$/i.test(toks[ids[a]!]!.text)) a++;
          let b = a; while (b < ids.length && !/^[(,]$/.test(toks[ids[b]!]!.text) && (b === a || ids[b]! === ids[b - 1]! + 1)) b++;
          const keep = ids.slice(a, b);
          if (!keep.length || !keep.some((k) => /^\p{Lu}/u.test(toks[k]!.text))) continue;
          if (keep.some((k) => /^\p{Ll}/u.test(toks[k]!.text) && !CONNECT.has(toks[k]!.text))) continue;
          cands.push({ keep, ty });
        }
      }
      cands.sort((a, b) => b.keep.length - a.keep.length);
      for (const c of cands) {
        if (c.keep.some((k) => labels[k] !== 'O')) continue;
        c.keep.forEach((k, j) => { labels[k] = (j === 0 ? 'B-' : 'I-') + c.ty; });
      }
      const doc: NerDoc = { id: `meantime-${f.replace(/\.xml$/, '')}`, sents: [] };
      let cur: NerSent | null = null; let cs = -1;
      // MEANTIME annotates the names of event participants only: a capitalised word outside every annotated mention
      // (and a connector between two such words) is unknown, not O
      const capUn = (i: number) => labels[i] === 'O' && /^\p{Lu}/u.test(toks[i]?.text ?? '');
      toks.forEach((t, i) => {
        if (t.sent !== cs) { cur = { toks: [], labels: [], unknown: [] }; doc.sents.push(cur); cs = t.sent; }
        const un = capUn(i) || (labels[i] === 'O' && CONNECT.has(t.text.toLowerCase()) && capUn(i - 1) && capUn(i + 1) && toks[i - 1]!.sent === t.sent && toks[i + 1]!.sent === t.sent);
        cur!.toks.push(t.text); cur!.labels.push(labels[i]!); cur!.unknown!.push(un);
      });
      docs.push(doc);
    }
  }
  return docs;
}

function decode(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Deterministic split: documents whose index % k === r go to dev. */
export function split<T>(docs: T[], k: number, r: number): { train: T[]; dev: T[] } {
  const train: T[] = [], dev: T[] = [];
  docs.forEach((d, i) => (i % k === r ? dev : train).push(d));
  return { train, dev };
}

/**
 * The fixed train/dev partition used by scripts/train-ner.ts and eval/scorers/ner.ts. Training: 80% of wikigold
 * documents, 75% of GUM news documents and the other GUM genres present (interviews). MEANTIME is read but not used:
 * its entity annotation is partial (many names in a document are left unannotated), which measurably hurt the tagger
 * on both dev sets (F1 −0.02 wikigold, −0.12 GUM). NER_MEANTIME=1 adds it with unannotated capitalised words as
 * latent labels (NerSent.unknown; Viterbi training only): still no gain (Viterbi, 3 / 6 epochs: wikigold 0.589 / 0.588
 * against 0.605, GUM 0.719 / 0.709 against 0.722, Nov 2026).
 */
export function nerSplits(corpora: string): { train: NerDoc[]; devWikigold: NerDoc[]; devGum: NerDoc[] } {
  const wg = existsSync(join(corpora, 'wikigold')) ? readWikigold(join(corpora, 'wikigold')) : [];
  const gum = readGum(join(corpora, 'gum-news'));
  const gumOther = readGum(join(corpora, 'gum-news'), (f) => !f.startsWith('GUM_news_'));
  const w = split(wg, 5, 4); // 20% of wikigold documents held out
  const g = split(gum, 4, 1); // 25% of GUM news documents held out
  const mt = process.env.NER_MEANTIME ? readMeantime(join(corpora, 'meantime')) : [];
  return { train: [...w.train, ...g.train, ...gumOther, ...mt], devWikigold: w.dev, devGum: g.dev };
}
