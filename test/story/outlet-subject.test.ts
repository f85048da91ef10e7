import { test } from 'node:test';
import assert from 'node:assert/strict';
import { story } from './helpers.js';

// The news outlet a figure is attributed to ("…, Xinhua reported") gives the figure; it is not what the figure counts or
// measures, whatever the unit (as for head counts already): the fact goes to the place or thing the reports speak of.
test('a reporting outlet is no subject of the figure it reports', () => {
  const s = story([
    ['AAA', '2015-06-02', 'The Eastern Star capsized on the Yangtze River in Jianli on Monday night. The ship also carried four sightseeing buses, Xinhua reported.'],
  ]);
  const f = s.facts.filter((x) => x.attribute === 'sightseeing buses');
  assert.equal(f.length, 1, JSON.stringify(s.facts.map((x) => `${x.subject}/${x.attribute}`)));
  assert.notEqual(f[0]!.subject, 'Xinhua');
  // negative: a company that speaks of its own money keeps its figure (it is no outlet)
  const v = story([['BBB', '2019-01-28', 'Vale said it would donate 100,000 reais to each family in Brumadinho.']]);
  assert.deepEqual(v.facts.filter((x) => x.values.some((y) => y.value === 100000)).map((x) => x.subject), ['Vale'], JSON.stringify(v.facts.map((x) => `${x.subject}/${x.attribute}`)));
});
