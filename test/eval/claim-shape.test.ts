// EVAL_MISS_KINDS for claims: a missed gold claim is told by its shape against our sentences and claims, and a
// wrong status by its cues, with no text of the report printed. Analyses here are written by hand about invented
// reports (offsets computed from the text), plus one run of the scorer over an invented report.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { certaintyMissCue, claimMissDetail, claimMissShape, cutKind, placeOf, statusMissCue, tenseCue, type ShapeAnalysis } from '../../eval/claim-shape.js';
import { countMissKinds } from '../../eval/miss-kinds.js';
import { runSharedScorer } from '../../eval/shared-scorer.js';
import { needShared } from '../helpers/shared.js';

/** An analysis of `text` with sentences and claims given by their texts (each found from the previous one on). */
function analysis(text: string, sents: Array<[string, string?]>, claims: Array<[string, { status?: string; cue?: string; kind?: string; times?: number[] }?]>, times: Array<[string, string]> = [], publishedAt = '2024-03-06'): ShapeAnalysis {
  const at = (s: string, from = 0): number => { const i = text.indexOf(s, from); assert.ok(i >= 0, s); return i; };
  let f = 0;
  const sentences = sents.map(([s, kind]) => { const start = at(s, f); f = start + 1; return { start, end: start + s.length, kind: kind ?? 'BODY' }; });
  return {
    document: { text, publishedAt },
    sentences,
    claims: claims.map(([s, o]) => {
      const start = at(s);
      const cue = o?.cue;
      const attribution = cue ? [{ kind: o?.kind ?? 'OFFICIAL', cue, cueSpan: text.indexOf(cue) >= start && text.indexOf(cue) < start + s.length ? { start: text.indexOf(cue), end: text.indexOf(cue) + cue.length } : undefined }] : [];
      return { start, end: start + s.length, status: o?.status ?? 'PAST', attribution, times: o?.times ?? [] };
    }),
    times: times.map(([s, value]) => ({ start: at(s), end: at(s) + s.length, type: 'DATE', value })),
  };
}

describe('claim miss shapes', () => {
  const text = 'Floods cut roads in Vela\nThe river rose overnight. Police said roads were impassable, and schools closed.\n• Ferries are suspended\n10:45 GMT The mayor spoke.\n"We are tired," said Ana.';
  const a = analysis(text,
    [['Floods cut roads in Vela', 'HEADLINE'], ['The river rose overnight.'], ['Police said roads were impassable, and schools closed.'], ['• Ferries are suspended'], ['10:45 GMT The mayor spoke.'], ['"We are tired," said Ana.']],
    [['The river rose overnight.'], ['Police said roads were impassable', { cue: 'said' }], ['schools closed.'], ['We are tired', { cue: 'said' }]]);

  it('an anchor across two sentences', () => {
    assert.equal(claimMissShape(a, 'overnight. Police'), 'anchor crosses a sentence boundary (body)');
  });
  it('a sentence with no claim, told by where it sits', () => {
    assert.equal(claimMissShape(a, 'cut roads'), 'sentence has no claim (headline)');
    assert.equal(claimMissShape(a, 'Ferries are suspended'), 'sentence has no claim (bulleted line)');
    assert.equal(claimMissShape(a, 'The mayor spoke'), 'sentence has no claim (timestamp line)');
  });
  it('an anchor split across claims, with what stands at the cut', () => {
    assert.equal(claimMissShape(a, 'impassable, and schools'), 'anchor split across claims at a comma (body)');
  });
  it('a claim ending early or starting late', () => {
    const b = analysis(text, [['The river rose overnight.'], ['Police said roads were impassable, and schools closed.']],
      [['The river rose'], ['roads were impassable, and schools closed.']]);
    assert.equal(claimMissShape(b, 'river rose overnight'), 'claim ends early at another word (body)');
    assert.equal(claimMissShape(b, 'said roads were'), 'claim starts late at a reporting word (body)');
    const c = analysis(text, [['"We are tired," said Ana.']], [['We are tired', { cue: 'said' }]]);
    assert.equal(claimMissShape(c, '"We are tired,"'), 'claim inside the anchor, starting late at a quote mark and ending early at a quote mark (quote)');
    const d = analysis(text, [['The river rose overnight.']], [['The river rose overnight']]);
    assert.equal(claimMissShape(d, 'The river rose overnight.'), 'claim ends early at a full stop (body)');
  });
  it('an anchor among frame words only, and one not in the text', () => {
    const b = analysis(text, [['"We are tired," said Ana.']], [['We are tired', { cue: 'said' }]]);
    assert.equal(claimMissShape(b, 'said Ana'), 'anchor outside every claim of its sentence (body)');
    assert.equal(claimMissShape(a, 'no such words'), 'anchor not in the text');
  });
  it('where an anchor sits: a quote is not body text, a dash inside a line is no bullet', () => {
    assert.equal(placeOf(a, { start: text.indexOf('are tired'), end: text.indexOf('are tired') + 3 }), 'quote');
    const t = 'Officials - two of them - spoke.';
    assert.equal(placeOf({ document: { text: t }, sentences: [{ start: 0, end: t.length, kind: 'BODY' }] }, { start: 12, end: 15 }), 'body');
    const u = '2024 was a hard year.';
    assert.equal(placeOf({ document: { text: u }, sentences: [{ start: 0, end: u.length, kind: 'BODY' }] }, { start: 5, end: 8 }), 'body');
  });
  it('cut kinds name punctuation or closed word classes, never the word', () => {
    const t = 'He left while the town slept and Zorblat said no';
    assert.equal(cutKind(t, t.indexOf('while')), 'a coordinator');
    assert.equal(cutKind(t, t.indexOf('said')), 'a reporting word');
    assert.equal(cutKind(t, t.indexOf('Zorblat')), 'another word');
    assert.equal(cutKind(t, t.indexOf('Zorblat'), 'start'), 'a coordinator');
    assert.equal(cutKind('He left. Then', 7), 'a full stop');
  });
  it('the detail of a scorer miss line, and none for other lines or a missing analysis', () => {
    const of = (l: string) => (l === 'x/r.gold.json' ? a : undefined);
    assert.equal(claimMissDetail('  miss x/r.gold.json: claim "cut roads"', of), 'sentence has no claim (headline)');
    assert.equal(claimMissDetail('  miss y/r.gold.json: claim "cut roads"', of), 'no analysis');
    assert.equal(claimMissDetail('  miss x/r.gold.json: event ATTACK Vela', of), undefined);
    assert.equal(claimMissDetail('  miss x/r.gold.json: certainty "roads were impassable" want PROBABLE got CERTAIN', of), 'ours in anchor [none], outside [none]; anchor holds [none]; cue "said"; body');
  });
});

describe('status miss cues', () => {
  it('reads the tense cue of the claim words', () => {
    assert.equal(tenseCue('roads were impassable'.split(' ')), 'past "be"');
    assert.equal(tenseCue('rescuers were digging'.split(' ')), 'past progressive');
    assert.equal(tenseCue('crews have been working for days'.split(' ')), 'present perfect progressive');
    assert.equal(tenseCue('the town has been cut off'.split(' ')), 'present perfect of "be" or passive');
    assert.equal(tenseCue('talks have collapsed'.split(' ')), 'present perfect');
    assert.equal(tenseCue('the ban remains in force'.split(' ')), 'stative word (remain, still, continue)');
    assert.equal(tenseCue('the port will reopen'.split(' ')), '"will"');
    assert.equal(tenseCue('the ship sank'.split(' ')), 'no auxiliary or -ed form');
  });
  it('joins report, tense, times and place, and prints no text', () => {
    const text = 'Police said on Monday roads were impassable. The bridge opens on March 20.';
    const a = analysis(text, [['Police said on Monday roads were impassable.'], ['The bridge opens on March 20.']],
      [['Police said on Monday roads were impassable', { cue: 'said', status: 'PAST', times: [0] }], ['The bridge opens on March 20.', { status: 'ONGOING', times: [1] }]],
      [['Monday', '2024-03-04'], ['March 20', '2024-03-20']]);
    assert.equal(statusMissCue(a, 'roads were impassable'), 'past reporting verb; past "be"; times before; body');
    assert.equal(statusMissCue(a, 'bridge opens'), 'outlet; no auxiliary or -ed form; times after; body');
    const counts = countMissKinds('  miss x: status "roads were impassable" want ONGOING got PAST', undefined, (l) => claimMissDetail(l, () => a));
    assert.deepEqual(counts, [['status want ONGOING got PAST: past reporting verb; past "be"; times before; body', 1]]);
    for (const secret of ['Police', 'roads', 'impassable', 'Monday']) assert.ok(!counts[0]![0].includes(secret), secret);
  });
});

describe('EVAL_MISS_KINDS over the scorer', () => {
  const { dir: shared, skip } = needShared('the scorer run of the claim miss shapes');
  it('classes a claim miss from the analysis the scorer scored', { skip, timeout: 180000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'claim-shape-'));
    const logs: string[] = [];
    const log = console.log;
    const env = process.env.EVAL_MISS_KINDS;
    try {
      writeFileSync(join(dir, 'r.txt'), 'The ferry to Port Vela sank on Monday. Officials said the port was closed.\n');
      writeFileSync(join(dir, 'r.gold.json'), JSON.stringify({ file: 'r.txt', publishedAt: '2024-03-06',
        claims: [{ anchor: 'Monday. Officials', attribution: [[]], certainty: 'CERTAIN' }] }));
      process.env.EVAL_MISS_KINDS = '1';
      console.log = (...x: unknown[]) => { logs.push(x.join(' ')); };
      runSharedScorer(shared!, dir, 'invented');
    } finally {
      console.log = log;
      if (env === undefined) delete process.env.EVAL_MISS_KINDS; else process.env.EVAL_MISS_KINDS = env;
      rmSync(dir, { recursive: true, force: true });
    }
    const out = logs.join('\n');
    assert.match(out, /1 {2}claim not found: anchor crosses a sentence boundary \(body\)/);
    assert.ok(!/ferry|Vela|Officials/.test(out), out);
  });
});

describe('certainty miss cues', () => {
  it('names our hedges inside and outside the anchor and the modality words the anchor holds, never other text', () => {
    const text = 'Officials said the dam may fail and that rescuers would likely reach Vela.';
    const a = analysis(text, [[text]], [['Officials said the dam may fail and that rescuers would likely reach Vela', { cue: 'said' }]]);
    a.claims![0]!.hedges = ['said', 'may', 'would likely'];
    assert.equal(certaintyMissCue(a, 'the dam may fail'), 'ours in anchor [may], outside [likely would]; anchor holds [may]; cue "said"; body');
    assert.equal(certaintyMissCue(a, 'rescuers would likely reach Vela'), 'ours in anchor [likely would], outside [may]; anchor holds [likely would]; cue "said"; body');
    assert.equal(certaintyMissCue(a, 'no such words'), undefined);
    const counts = countMissKinds('  miss x: certainty "the dam may fail" want CERTAIN got POSSIBLE', undefined, (l) => claimMissDetail(l, () => a));
    assert.equal(counts[0]![0], 'certainty want CERTAIN got POSSIBLE: ours in anchor [may], outside [likely would]; anchor holds [may]; cue "said"; body');
    for (const secret of ['dam', 'fail', 'rescuers', 'Vela']) assert.ok(!counts[0]![0].includes(secret), secret);
  });
  it('an outlet claim with no modality words', () => {
    const text = 'The dam failed.';
    const a = analysis(text, [[text]], [['The dam failed.']]);
    assert.equal(certaintyMissCue(a, 'dam failed'), 'ours in anchor [none], outside [none]; anchor holds [none]; outlet; body');
  });
});
