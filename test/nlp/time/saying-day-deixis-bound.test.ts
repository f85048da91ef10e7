// Bound: "this/next/last week|month" looks back for a day of saying only within its sentence, in one forward pass.
// It used to walk back over every earlier candidate and scan all the text between for each mention: quadratic
// ('Prices will rise next month. ' x 16,000: 13.9 s; one sentence of 8,000 mentions: 9.6 s). Sentences are our own.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { tagTimes } from '../../../src/nlp/time/index.js';

function ms(text: string): number {
  const t0 = performance.now();
  tagTimes(text, { anchorDate: '2024-04-10' });
  return performance.now() - t0;
}

describe('time: saying-day deixis is linear', () => {
  it('many sentences with a deictic month and no day', () => {
    assert.ok(ms('Prices will rise next month. '.repeat(16000)) < 6000);
  });
  it('one long sentence of deictic months after a day of saying', () => {
    const t = 'On March 28, the minister said ' + 'talks would resume next month, '.repeat(8000) + 'and so on.';
    assert.ok(ms(t) < 5000);
    const r = tagTimes('On March 28, the minister said talks would resume next month, and prices next month.', { anchorDate: '2024-04-10' });
    assert.deepEqual(r.times.filter((x) => x.text === 'next month').map((x) => x.value), ['2024-04', '2024-04']);
  });
});
