// Issue 3 (stop 14): a plural possessive apostrophe inside a name ("Kurdistan Workers' Party"), a company's short form
// of several words ("Nippon Steel Corp. … Nippon Steel said"), and "according to X" as a source, not a place. Real KB;
// sentences written for these tests.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bySurface, names, run } from './run-entities.js';

describe('entities: a plural possessive inside a name', () => {
  it('keeps the name whole and links it ("Kurdistan Workers\' Party (PKK)")', () => {
    const doc = run("Officials from the Kurdistan Workers' Party (PKK) met on Monday.");
    const e = bySurface(doc, "Kurdistan Workers' Party");
    assert.equal(e?.type, 'ORG', names(doc));
    assert.ok(e?.mentions.some((m) => doc.text.slice(m.start, m.end) === 'PKK'), names(doc));
    assert.ok(!bySurface(doc, 'Party') && !bySurface(doc, 'Kurdistan Workers'), names(doc));
  });
  it('does not take a closing quote for a possessive ("the \'Big Three\' met")', () => {
    const doc = run("Leaders of the so-called 'Big Three' met in Kelby.");
    assert.ok(!doc.entities.some((e) => /'/.test(e.name)), names(doc));
  });
});

describe('entities: a company short form of several words', () => {
  it('is the company named in full ("Nippon Steel Corp. … Nippon Steel said")', () => {
    const doc = run('Shares of Nippon Steel Corp. fell on Monday. Nippon Steel said it would appeal.');
    const e = bySurface(doc, 'Nippon Steel');
    assert.equal(e?.type, 'ORG', names(doc));
    assert.ok(e?.mentions.length === 2, names(doc));
  });
  it('leaves a person of the same name described as one ("John Hall Ltd. … John Hall, a director,")', () => {
    const doc = run('John Hall Ltd. was fined. John Hall, a director, apologised.');
    assert.equal(bySurface(doc, 'John Hall')?.type, 'PERSON', names(doc));
  });
});

describe('entities: "according to" before an unknown name', () => {
  it('makes it a source, not a place ("According to Mbeki")', () => {
    const doc = run('According to Mbeki, the plan failed. Mbeki later declined to comment.');
    assert.equal(bySurface(doc, 'Mbeki')?.type, 'PERSON', names(doc));
  });
  it('does not type a name that only modifies the source ("according to Tolvane police")', () => {
    const doc = run('Residents of Tolvane fled, according to Tolvane police.');
    assert.notEqual(bySurface(doc, 'Tolvane')?.type, 'PERSON', names(doc));
  });
});
