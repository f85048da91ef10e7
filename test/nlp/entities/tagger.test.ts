import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { allowed, baseFeatures, clustersToJson, contextFeatures, CUE_LOC, CUE_SAID, CUE_TITLE, docCues, FEAT, features, freeTokens, HASH_BITS, kbTags, labelFeatures, NL, prepare, setClusters, setFeatureMask, staticFeaturesOf, neighbourFeaturesOf, viterbiDecode, type TagTok } from '../../../src/nlp/entities/tagger.js';
import { buildClusters } from '../../../scripts/ner/clusters.js';

const toks = (s: string): TagTok[] => s.split(' ').map((t, i) => ({ text: t, lower: t.toLowerCase(), sentStart: i === 0 }));
const feats = (s: string, i: number): number[] => {
  const t = toks(s); const f = prepare(t); const out = new Int32Array(64);
  const k = features(t, f, i, 0, 0, out);
  return Array.from(out.subarray(0, k));
};

describe('tagger features: capitalised-run context', () => {
  it('every token of a run sees the word before the run ("the band Velvet Revolver")', () => {
    // "Revolver" has "Velvet" as its neighbour; the run context still carries "band"
    const a = new Set(feats('the band Velvet Revolver played', 3));
    const b = new Set(feats('the singer Velvet Revolver played', 3));
    const c = new Set(feats('the band Velvet Revolver played', 3));
    assert.deepEqual(c, a);
    assert.notDeepEqual(a, b);
  });
  it('a lower-case token outside any run carries no run context', () => {
    const a = feats('the band Velvet Revolver played', 4);
    const b = feats('a group Velvet Revolver played', 4);
    // "played": its own word and next/previous words differ only through "Revolver" (same), so the sets are equal
    assert.deepEqual(new Set(a), new Set(b));
  });
});

describe('tagger features: clusters', () => {
  it('words of one cluster give the same cluster features, others differ', () => {
    setClusters(new Map<string, [number, number]>([['band', [1, 10]], ['group', [1, 10]], ['village', [2, 20]]]));
    try {
      const band = new Set(feats('the band Korn', 2)), group = new Set(feats('the group Korn', 2)), village = new Set(feats('the village Korn', 2));
      const shared = (x: Set<number>, y: Set<number>) => [...x].filter((v) => y.has(v)).length;
      assert.ok(shared(band, group) > shared(band, village), 'same-cluster neighbours share more features');
    } finally { setClusters(new Map()); }
  });
  it('the stored form round-trips', () => {
    const m = new Map<string, [number, number]>([['a', [0, 3]], ['b', [1, 3]]]);
    const j = JSON.parse(clustersToJson(m)) as { coarse: Record<string, string>; fine: Record<string, string> };
    assert.deepEqual(j, { coarse: { 0: 'a', 1: 'b' }, fine: { 3: 'a b' } });
  });
});

describe('buildClusters (unlabeled text → word clusters)', () => {
  // words that share their neighbours (days after "on", verbs after a name) fall in one fine cluster
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
  const verbs = ['said', 'added', 'told', 'stated'];
  const sents: string[][] = [];
  for (let r = 0; r < 6; r++) for (const d of days) for (const v of verbs) {
    sents.push(['He', v, 'on', d, '.']);
    sents.push(['The', 'minister', v, 'reporters', 'on', d, 'that', 'the', 'plan', 'failed', '.']);
  }
  const cl = buildClusters(sents);
  it('is deterministic', () => { assert.deepEqual([...buildClusters(sents)], [...cl]); });
  it('puts distributionally alike words together and unlike words apart', () => {
    const fine = (w: string) => cl.get(w)![1];
    assert.equal(fine('monday'), fine('friday'));
    assert.equal(fine('said'), fine('told'));
    assert.notEqual(fine('monday'), fine('said'));
  });
  it('leaves out rare words and tokens without letters', () => {
    const c2 = buildClusters([...sents, ['Zyx', 'said', '.']]);
    assert.equal(c2.has('zyx'), false);
    assert.equal(c2.has('.'), false);
  });
});

describe('docCues (context aggregated over the document)', () => {
  const doc = (...sents: string[]) => sents.flatMap((s) => toks(s));
  it('marks a word seen after a title, after a locative preposition, before a speech verb', () => {
    const m = docCues(doc('Talks with Mr Oduya began .', 'Flooding hit Atwick parish .', 'They met in Atwick .', 'Kessler Holdings said it would sue .'));
    assert.equal(m.get('Oduya'), CUE_TITLE);
    assert.equal(m.get('Atwick'), CUE_LOC);
    assert.equal(m.get('Kessler'), CUE_SAID);
    assert.equal(m.get('Holdings'), CUE_SAID);
  });
  it('gives no cue to words without telling context, nor to the title word itself, nor across a sentence start', () => {
    const m = docCues(doc('Oduya spoke .', 'The Mr Big show .', 'They stayed in .', 'Lagos said nothing .'));
    assert.equal(m.get('Oduya'), undefined);
    assert.equal(m.get('Mr'), undefined);
    assert.equal(m.get('Big'), CUE_TITLE);
    // "in ." ends the sentence: the next sentence's first word is not "in Lagos"
    assert.equal(m.get('Lagos'), CUE_SAID);
  });
  it('changes the tagger features of a word only through its cues', () => {
    const t = toks('Atwick grew');
    const f0 = Array.from((() => { const o = new Int32Array(64); const k = features(t, prepare(t), 0, 9, 9, o); return o.subarray(0, k); })());
    const cues = new Map([['Atwick', CUE_LOC]]);
    const f1 = Array.from((() => { const o = new Int32Array(64); const k = features(t, prepare(t, undefined, undefined, cues), 0, 9, 9, o); return o.subarray(0, k); })());
    assert.equal(f0.length, f1.length);
    assert.notDeepEqual(f0, f1);
  });
});

describe('tagger features: word-only / context split (the decoder sums word-only features once per word form)', () => {
  it('word-only plus context features are exactly features(), for every template group', () => {
    const saved = FEAT;
    const sents = ['the band Velvet Revolver played in New York on Monday', 'Mr Smith of the Bank of England said', 'U.S. forces , 3 km away'];
    const sorted = (a: Int32Array, k: number) => Array.from(a.subarray(0, k)).sort((x, y) => x - y);
    try {
      for (const mask of [saved, 2047, 0, 1 | 2 | 32 | 512]) {
        setFeatureMask(mask);
        for (const s of sents) {
          const t = toks(s); const f = prepare(t, new Set(['band']), kbTags(t, null), new Map([['Smith', 2]]));
          for (let i = 0; i < t.length; i++) for (const [p, p2] of [[9, 9], [0, 1], [1, 2], [4, 3]] as const) {
            const all = new Int32Array(64), st = new Int32Array(64), ctx = new Int32Array(64);
            const k = features(t, f, i, p, p2, all);
            for (const skip of [0, i > 0 ? 1 : 0, i + 1 < t.length ? 2 : 0, i > 0 && i + 1 < t.length ? 3 : 0]) {
              const parts: number[] = [];
              const a = staticFeaturesOf(i, st); parts.push(...st.subarray(0, a));
              const b = contextFeatures(t, f, i, p, p2, ctx, skip); parts.push(...ctx.subarray(0, b));
              if (skip & 1) { const c = neighbourFeaturesOf(i - 1, 0, st); parts.push(...st.subarray(0, c)); }
              if (skip & 2) { const c = neighbourFeaturesOf(i + 1, 1, st); parts.push(...st.subarray(0, c)); }
              assert.deepEqual(parts.sort((x, y) => x - y), sorted(all, k), `${s} @${i} mask ${mask} skip ${skip}`);
            }
          }
        }
      }
    } finally { setFeatureMask(saved); }
  });
});

describe('tagger: Viterbi decoding', () => {
  it('finds the best BIO-legal label path (exhaustive check on short sentences with random weights)', () => {
    let x = 12345;
    const rnd = () => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return x / 4294967296 - 0.5; };
    const w = new Float32Array((1 << HASH_BITS) * NL);
    for (let j = 0; j < w.length; j++) w[j] = rnd();
    for (const s of ['Kim met Ivan Sorel in Kelby', 'The Bank of Kelby said', 'He saw them there today']) {
      const t = toks(s); const n = t.length;
      const f = prepare(t);
      const free = freeTokens(f, n, new Uint8Array(n));
      const buf = new Int32Array(64);
      const base = (i: number, out: Float64Array) => { const k = baseFeatures(t, f, i, buf); out.fill(0); for (let q = 0; q < k; q++) for (let l = 0; l < NL; l++) out[l]! += w[buf[q]! * NL + l]!; };
      const score = (labs: ArrayLike<number>) => {
        let sc = 0; const b = new Float64Array(NL);
        for (let i = 0; i < n; i++) {
          if (!free[i]) continue;
          base(i, b); sc += b[labs[i]!]!;
          const k = labelFeatures(f, i, i ? labs[i - 1]! : 9, buf, 0);
          for (let q = 0; q < k; q++) sc += w[buf[q]! * NL + labs[i]!]!;
        }
        return sc;
      };
      const got = viterbiDecode(w, f, n, base, new Int8Array(n));
      let best = -Infinity;
      const labs = new Int8Array(n);
      const walk = (i: number) => {
        if (i === n) { best = Math.max(best, score(labs)); return; }
        for (let l = 0; l < NL; l++) {
          if (!free[i] && l !== 0) continue;
          if (!allowed(i ? labs[i - 1]! : 9, l)) continue;
          labs[i] = l; walk(i + 1);
        }
      };
      walk(0);
      for (let i = 0; i < n; i++) { assert.ok(allowed(i ? got[i - 1]! : 9, got[i]!), `legal at ${i}`); if (!free[i]) assert.equal(got[i], 0); }
      assert.ok(Math.abs(score(got) - best) < 1e-6, `${s}: Viterbi ${score(got)} vs best ${best}`);
    }
  });
  it('keeps a token far from any capital O, and frees the two words after one ("Bank of the West")', () => {
    const t = toks('the Bank of the West said that they were here');
    const free = Array.from(freeTokens(prepare(t), t.length, new Uint8Array(t.length)));
    assert.deepEqual(free, [0, 1, 1, 1, 1, 1, 1, 0, 0, 0]);
  });
});
