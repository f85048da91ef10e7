import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimIn } from '../certainty/helpers.js';
import { pronounOfOuter } from '../../../src/nlp/attribution/chain.js';
import type { AttributionLink } from '../../../src/core/types.js';

// Sentences written for these tests (not taken from any corpus): "X said it/he/they expected …" — the pronoun
// subject of a report inside X's report is X again, one link, and the inner cue still sets the status.
const chain = (text: string, anchor: string): string[] => claimIn(text, anchor).attribution.map((l) => l.source);

describe('a pronoun speaker inside a report names the reporter again', () => {
  it('"it" after an organisation, the inner cue kept', () => {
    const text = 'The Treasury said on Monday that it expected inflation would fall. The central bank said it expected that growth would slow.';
    const c = claimIn(text, 'growth would slow');
    assert.deepEqual(c.attribution.map((l) => l.source), ['The central bank']);
    assert.equal(c.attribution[0]!.cue, 'expected');
    assert.equal(c.status, 'FUTURE');
  });
  it('the one link\'s span is the reporter\'s words, where the name it carries is written, not the pronoun', () => {
    const text = 'The Treasury said on Monday that it expected inflation would fall. The central bank said it expected that growth would slow.';
    const l = claimIn(text, 'growth would slow').attribution[0]!;
    assert.equal(text.slice(l.span!.start, l.span!.end), 'The central bank');
    assert.equal(text.slice(l.cueSpan!.start, l.cueSpan!.end), 'expected');
    // (a pronoun the reporter does not bind keeps its own span: "she" inside Mr Hale's report)
    const t2 = 'Maria Lopez said prices would rise. Mr Hale said she expected that growth would slow.';
    const inner = claimIn(t2, 'growth would slow').attribution[1]!;
    assert.equal(t2.slice(inner.span!.start, inner.span!.end), 'she');
  });
  it('a pronoun that cannot stand for the reporter keeps its own link', () => {
    // "she" inside a man's report is someone else
    const text = 'Maria Lopez said prices would rise. Mr Hale said she expected that growth would slow.';
    const got = chain(text, 'growth would slow');
    assert.equal(got.length, 2, JSON.stringify(got));
  });
});

describe('pronounOfOuter', () => {
  const L = (source: string, kind: AttributionLink['kind'], rule = 'attr.pre', span?: [number, number]): AttributionLink =>
    ({ source, kind, cue: 'said', rule, ...(span ? { span: { start: span[0], end: span[1] } } : {}) });
  const text = 'it he she they I';
  it('matches the pronoun to the outer kind and gender', () => {
    assert.ok(pronounOfOuter(text, L('The ministry', 'GOVERNMENT'), L('X', 'ORG', 'attr.pre+pronoun', [0, 2])));
    assert.ok(pronounOfOuter(text, L('The minister', 'OFFICIAL'), L('X', 'PERSON', 'attr.pre+pronoun', [3, 5])));
    assert.ok(pronounOfOuter(text, L('Officials', 'OFFICIAL'), L('X', 'PERSON', 'attr.pre+pronoun', [10, 14])));
    // negatives: "it" for a person, "she" for a man, a named inner source, an unnamed outer one
    assert.ok(!pronounOfOuter(text, L('The minister', 'OFFICIAL'), L('X', 'ORG', 'attr.pre+pronoun', [0, 2])));
    assert.ok(!pronounOfOuter(text, L('Mr Hale', 'PERSON'), L('X', 'PERSON', 'attr.pre+pronoun', [6, 9])));
    assert.ok(!pronounOfOuter(text, L('The ministry', 'GOVERNMENT'), L('X', 'ORG', 'attr.pre', [0, 2])));
    assert.ok(!pronounOfOuter(text, L('unnamed', 'UNNAMED'), L('X', 'ORG', 'attr.pre+pronoun', [0, 2])));
  });
});
