// EVAL_MISS_KINDS for attribution: a wrong chain is told by the rule and cue place of each link of ours no gold link
// takes, and by where the report names each gold source we lack; no text is printed. Analyses are built by hand
// about an invented report, offsets computed from the text.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributionLineDetail, attributionMissDetail, type AttrAnalysis } from '../../eval/attribution-miss.js';

const text = 'Storms hit Vela on Monday. Governor Ana Ruiz said roads were shut. Officials evacuated 300 families.\nSchools will reopen on Friday, she added.\nThe port was closed, Reuters reported.';
const at = (s: string, from = 0): { start: number; end: number } => { const i = text.indexOf(s, from); assert.ok(i >= 0, s); return { start: i, end: i + s.length }; };

function analysis(claims: Array<[string, Array<{ source: string; kind: string; cue: string; rule: string; entity?: string }>]>): AttrAnalysis {
  const sentences = ['Storms hit Vela on Monday.', 'Governor Ana Ruiz said roads were shut.', 'Officials evacuated 300 families.', 'Schools will reopen on Friday, she added.', 'The port was closed, Reuters reported.'].map((s) => ({ ...at(s), kind: 'BODY' }));
  return {
    document: { text },
    sentences,
    entities: [{ id: 'e1', name: 'Ana Ruiz' }],
    claims: claims.map(([s, links]) => ({
      ...at(s),
      attribution: links.map((l) => ({ ...l, cueSpan: at(l.cue === 'said' ? 'said' : l.cue === 'added' ? 'added' : 'reported') })),
    })),
  };
}

describe('attribution miss detail', () => {
  it('an extra link inherited from the sentence before, by rule and cue place', () => {
    const a = analysis([['Officials evacuated 300 families', [{ source: 'Ana Ruiz', kind: 'OFFICIAL', cue: 'said', rule: 'attr.post-cross' }]]]);
    assert.equal(attributionMissDetail(a, 'evacuated 300 families', [[]]), 'ours post-cross "said" OFFICIAL, cue earlier in the paragraph');
  });
  it('an extra link whose cue is in the claim sentence', () => {
    const a = analysis([['The port was closed', [{ source: 'Reuters', kind: 'AGENCY', cue: 'reported', rule: 'attr.post' }]]]);
    assert.equal(attributionMissDetail(a, 'port was closed', [[]]), 'ours post "reported" AGENCY, cue in the sentence');
  });
  it('a missing source, by where the report names it', () => {
    const a = analysis([['Officials evacuated 300 families', []], ['roads were shut', []], ['The port was closed', []], ['Schools will reopen on Friday', []]]);
    assert.equal(attributionMissDetail(a, 'evacuated 300', [['Ana Ruiz']]), 'gold named in the sentence before');
    assert.equal(attributionMissDetail(a, 'roads were shut', [['Ruiz']]), 'gold named in the sentence, before the claim, then our cue "said"');
    assert.equal(attributionMissDetail(a, 'port was closed', [['Ana Ruiz']]), 'gold named in an earlier paragraph');
    assert.equal(attributionMissDetail(a, 'reopen on Friday', [['the mayor']]), 'gold not named as written');
    assert.equal(attributionMissDetail(a, 'evacuated 300', [['Reuters']]), 'gold named only later');
    assert.equal(attributionMissDetail(a, 'evacuated 300', [['UNNAMED']]), 'gold UNNAMED');
  });
  it('a source our claim swallowed, by what follows its name (a cue word of ours or not)', () => {
    const a = analysis([['Governor Ana Ruiz said roads were shut', []], ['The port was closed, Reuters reported', []]]);
    assert.equal(attributionMissDetail(a, 'roads were shut', [['Ana Ruiz']]), 'gold named inside the claim, then our cue "said" only');
    assert.equal(attributionMissDetail(a, 'roads were shut', [['Governor Ana Ruiz']]), 'gold named opening the claim, then our cue "said" only');
    assert.equal(attributionMissDetail(a, 'port was closed', [['Reuters']]), 'gold named inside the claim, then our cue "reported" only');
    assert.equal(attributionMissDetail(a, 'port was closed', [['the port']]), 'gold named opening the claim, then "was" only');
  });
  it('a right source by its linked entity name is no miss part; a wrong one is told on both sides', () => {
    const a = analysis([['Schools will reopen on Friday', [{ source: 'she', kind: 'OFFICIAL', cue: 'added', rule: 'attr.post', entity: 'e1' }]]]);
    assert.equal(attributionMissDetail(a, 'reopen on Friday', [['Reuters', 'Ana Ruiz']]), 'gold named only later');
    assert.equal(attributionMissDetail(a, 'reopen on Friday', [['Officials']]), 'ours post "added" OFFICIAL, cue in the sentence; gold named in the sentence before');
  });
  it('with two links of ours, the extra one is told as outer or inner', () => {
    const a = analysis([['The port was closed', [{ source: 'Ana Ruiz', kind: 'OFFICIAL', cue: 'said', rule: 'attr.pre' }, { source: 'Reuters', kind: 'AGENCY', cue: 'reported', rule: 'attr.post' }]]]);
    assert.equal(attributionMissDetail(a, 'port was closed', [['Reuters']]), 'ours outer pre "said" OFFICIAL, cue in an earlier paragraph');
    assert.equal(attributionMissDetail(a, 'port was closed', [['Ana Ruiz']]), 'ours inner post "reported" AGENCY, cue in the sentence');
    assert.equal(attributionMissDetail(a, 'port was closed', [['Reuters', 'Ana Ruiz']]), 'same sources, other order: ours pre "said" > post "reported"');
  });
  it('reads the scorer miss line and ignores other lines', () => {
    const a = analysis([['Officials evacuated 300 families', [{ source: 'Ana Ruiz', kind: 'OFFICIAL', cue: 'said', rule: 'attr.post-cross' }]]]);
    const of = (): AttrAnalysis => a;
    assert.equal(attributionLineDetail('  miss x/01.gold.json: attribution "evacuated 300 families" want [[]] got ["Ana Ruiz"]', of), 'ours post-cross "said" OFFICIAL, cue earlier in the paragraph');
    assert.equal(attributionLineDetail('  miss x/01.gold.json: status "evacuated" want ONGOING got PAST', of), undefined);
  });
});
