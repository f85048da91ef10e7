// Quotations cut into clauses are also cited whole; a clock time's colon is no clause break; a list inside a
// quotation ends at its closing mark.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../src/analyze.js';

const texts = (t: string): string[] => analyze(t).claims.map((c) => c.text);

describe('quotations and clause cuts', () => {
  it('a quotation cut at ", but" is also a claim whole, with its clauses nested', () => {
    const a = texts('"The river took our fields, but we will plant again next spring," a farmer told reporters on Monday.');
    assert.ok(a.includes('"The river took our fields, but we will plant again next spring,"'), a.join(' | '));
    assert.ok(a.some((c) => c.startsWith('we will plant again')), a.join(' | '));
    // negative: a body sentence cut at ", but" gains no whole claim
    const b = texts('The river took the fields of the valley, but the farmers will plant again next spring.');
    assert.ok(!b.some((c) => c.includes('fields of the valley, but')), b.join(' | '));
  });
  it('the last item of a list inside a quotation stays with its list', () => {
    const a = texts('The mayor said she was "shocked, angry, and deeply worried," and asked for calm.');
    assert.ok(a.some((c) => c.includes('shocked, angry, and deeply worried')), a.join(' | '));
    // negative: a clause after ", and" inside a long quotation is still cut
    const b = texts('"The roads are closed, and the bridge over the river has collapsed completely," the mayor said.');
    assert.ok(b.some((c) => c.startsWith('the bridge over the river')), b.join(' | '));
  });
  it('a clock time is one word: its colon cuts no claim', () => {
    const a = texts('The tremor struck at 04:17 local time, according to the national seismology centre.');
    assert.ok(a.some((c) => c.includes('struck at 04:17 local time')), a.join(' | '));
    // negative: a colon between words still opens a new piece
    const b = texts('The agency gave one reason: the pumps at the station had failed, according to the mayor.');
    assert.ok(b.includes('the pumps at the station had failed'), b.join(' | '));
  });
});
