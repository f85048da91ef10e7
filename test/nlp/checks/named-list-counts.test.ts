import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../../src/nlp/checks/index.js';

// A count of a kind named by proper names ("all six states", "invite six countries") and the names listed in a
// neighbouring sentence. Sentences written for this test; reference date pinned.
const counts = (text: string) => runChecks({ text, sentences: [], quantities: [], times: [], entities: [], anchorDate: '2024-06-12' })
  .filter((c) => (c as { rule?: string }).rule === 'checks:count:named-list').map((c) => c.status);

test('COUNT: a count and the names listed in the next sentence', () => {
  assert.deepEqual(counts('The No side won a majority in all six states, analysts said. '
    + 'New South Wales, Victoria, Queensland, Western Australia, South Australia and Tasmania all returned a No majority.'), ['CONSISTENT']);
  assert.deepEqual(counts('Leaders agreed to invite six countries to join the bloc. '
    + 'Argentina, Egypt, Ethiopia, Iran, Saudi Arabia and the United Arab Emirates would become members.'), ['CONSISTENT']);
});

test('COUNT: names listed before "the three reactors"', () => {
  assert.deepEqual(counts('The operators of Isar 2 in Bavaria, Emsland in Lower Saxony and Neckarwestheim 2 in Baden-Wuerttemberg shut the plants down. '
    + 'Together the three reactors supplied about 6% of the power.'), ['CONSISTENT']);
});

test('COUNT: no named-list check when the pairing is not certain', () => {
  // a list of another size: not said to be wrong (the list may name only some of them)
  assert.deepEqual(counts('Leaders agreed to invite six countries to join. Argentina, Egypt and Iran welcomed it.'), []);
  // a kind not named by proper names
  assert.deepEqual(counts('Police arrested three men on Monday. Smith, Jones and Brown were charged.'), []);
  // names listed before an indefinite count: a new group, not the one listed
  assert.deepEqual(counts('Argentina, Egypt and Iran spoke first. Three countries later walked out.'), []);
  // too far apart
  assert.deepEqual(counts('Leaders agreed to invite three countries. It was a long day. Talks ran late. Argentina, Egypt and Iran spoke.'), []);
});

test('COUNT: no named-list check when the count opens a list of its own or the names follow a clause word', () => {
  assert.deepEqual(counts('Three African teams had reached that stage – Cameroon in 1990, Senegal in 2002 and Ghana in 2010. '
    + 'Fans in Paris, Brussels and Amsterdam celebrated.'), []);
  assert.deepEqual(counts('The three biggest cities voted early. While Warren, Biden and Obama campaigned, turnout rose.'), []);
});
