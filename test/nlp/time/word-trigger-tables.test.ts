// The word scan's index tables are built once and reused for every text; a trigger registered after a scan
// must still be seen (the tables are rebuilt), and a text scanned before it must not keep stale hits.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { wordTrigger, wordHits, ACCEPT_ALL } from '../../../src/nlp/time/word-triggers.js';

describe('time word triggers: index tables', () => {
  it('a trigger registered after a scan is found in the next text', () => {
    const early = wordTrigger(/zebra/i, { prefixes: ['zeb'], test: (_w, lower) => lower === 'zebra' });
    assert.deepEqual(Array.from(wordHits(early, 'a zebra and a zebu')), [2, 7]);
    const late = wordTrigger(/zebu/i, { prefixes: ['zeb'], test: (_w, lower) => lower === 'zebu' });
    // the text scanned before the registration: its cached hits must not answer for the new trigger
    assert.deepEqual(Array.from(wordHits(late, 'a zebra and a zebu')), [14, 18]);
    assert.deepEqual(Array.from(wordHits(late, 'one zebu, then a zebra')), [4, 8]);
    assert.deepEqual(Array.from(wordHits(early, 'one zebu, then a zebra')), [17, 22]);
  });
  it('digit triggers accepting every run fire on each run, others only where their test says', () => {
    const all = wordTrigger(/\d+/, { prefixes: [], digits: ACCEPT_ALL });
    const four = wordTrigger(/\d{4}/, { prefixes: [], digits: (_t, s, e) => e - s === 4 });
    const text = 'In 2019, 12 of 300 and 1999.';
    assert.deepEqual(Array.from(wordHits(all, text)), [3, 7, 9, 11, 15, 18, 23, 27]);
    assert.deepEqual(Array.from(wordHits(four, text)), [3, 7, 23, 27]);
    // negative: no digits, no hits
    assert.equal(wordHits(four, 'no numbers here').length, 0);
  });
});
