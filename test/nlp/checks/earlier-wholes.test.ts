import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../../src/nlp/checks/index.js';
import { earlierWholeChecks } from '../../../src/nlp/checks/earlierWholes.js';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

// COUNT: a part with its share of a whole counted earlier in the report, named by the part's own noun ("505 million
// shares, about 17 percent of the shares sold"). Reported only when the arithmetic agrees. Sentences written for these
// tests; the reference date pinned.

function counts(text: string) {
  const quantities = findQuantities({ text, sentences: [], times: [] });
  return runChecks({ text, sentences: [], quantities, times: [], entities: [], anchorDate: '2019-12-11' })
    .filter((c) => c.kind === 'COUNT') as Array<{ status: string; detail: string; rule?: string }>;
}
const earlier = (text: string) => earlierWholeChecks(text, findQuantities({ text, sentences: [], times: [] }));

// (the "up to" figure is larger than the part, so only its bound keeps it from being taken for the whole)
const SHARES = 'The company raised $25.6 billion by selling 3 billion shares last week, and may sell up to 600 million shares more. ';

test('a share of the whole counted earlier, by the same noun: consistent, with the arithmetic', () => {
  const cs = counts(`${SHARES}Trading volume reached 505 million shares, about 17 percent of the shares sold, data showed.`);
  const c = cs.find((x) => /share-of-earlier-whole/.test(x.rule ?? ''));
  assert.ok(c, JSON.stringify(cs));
  assert.equal(c.status, 'CONSISTENT');
  // the nearest earlier count larger than the part that is no upper bound (not the 600 million "up to")
  assert.match(c.detail, /505 million shares of the 3 billion shares counted earlier = 16\.83%, given as about 17 percent/);
});

test('the noun matched through its singular: "votes" and "the vote", "shares" and "the shares"', () => {
  const cs = counts('Some 2.3 million votes were cast in the election. Jones received 1.2 million votes, or 52 percent of the vote, officials said.');
  const c = cs.find((x) => /share-of-earlier-whole/.test(x.rule ?? ''));
  assert.ok(c, JSON.stringify(cs));
  assert.equal(c.status, 'CONSISTENT');
  // the detail names the figures, not the words around them ("Some")
  assert.match(c.detail, /^1\.2 million votes of the 2\.3 million votes counted earlier = 52\.17%, given as 52 percent$/);
});

test('no check where the share does not fit, names another noun, or has no earlier whole', () => {
  // 505 million is not 40% of 3 billion: another count of shares may be meant, so nothing is said
  assert.deepEqual(earlier(`${SHARES}Trading volume reached 505 million shares, about 40 percent of the shares sold.`), []);
  // 505 million is 84% of the 600 million "up to", not of the 3 billion sold: an upper bound is no whole
  assert.deepEqual(earlier(`${SHARES}Trading volume reached 505 million shares, about 84 percent of the shares sold.`), []);
  // the share is of another thing than the part counts
  assert.deepEqual(earlier(`${SHARES}Trading volume reached 505 million shares, about 17 percent of the company's value.`), []);
  // no earlier count of the noun
  assert.deepEqual(earlier('Trading volume reached 505 million shares, about 17 percent of the shares sold.'), []);
  // figures that merely co-occur: a share with no "of the …" after it
  assert.deepEqual(earlier(`${SHARES}Trading volume reached 505 million shares, up 17 percent on Tuesday.`), []);
});
