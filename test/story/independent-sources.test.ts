import { test } from 'node:test';
import assert from 'node:assert/strict';
import { story } from './helpers.js';
import { countOrigins } from '../../src/story/build.js';

// Publication days pinned: the reports tell a Monday fire (2024-03-04).
const REPORTS: [string, string, string][] = [
  // tells the toll in its own words and again as the police's: the police are its one origin for it
  ['Lagos Herald', '2024-03-05', 'A fire at a warehouse in Lagos killed 12 people on Monday. Police said 12 people died in the blaze.'],
  ['Harbour Times', '2024-03-05', 'Police said the warehouse fire in Lagos on Monday killed 12 people.'],
  // two named sources in one report are two origins
  ['Coast Daily', '2024-03-06', 'The warehouse fire in Lagos on Monday killed 12 people, the fire service said. Hospital officials said 12 people died.'],
];

test('a report that names the source of a figure adds no origin of its own by restating it unattributed', () => {
  const s = story(REPORTS);
  const toll = s.facts.find((f) => f.attribute === 'death toll');
  assert.ok(toll, JSON.stringify(s.facts.map((f) => f.attribute)));
  assert.equal(toll.corroboration.documents, 3);
  assert.equal(toll.corroboration.independentSources, 3, 'the police, the fire service, hospital officials');
  const deaths = s.events.find((e) => e.type === 'DEATHS');
  assert.ok(deaths);
  assert.equal(deaths.independentSources, 3, 'the Lagos Herald\'s own "killed" restates its police');
});

test('an unattributed report is its own origin; a report with only unattributed lines counts once', () => {
  const s = story([...REPORTS, ['Bay Post', '2024-03-06', 'The warehouse fire in Lagos on Monday killed 12 people. Twelve people died in the blaze.']]);
  const toll = s.facts.find((f) => f.attribute === 'death toll');
  assert.ok(toll);
  assert.equal(toll.corroboration.documents, 4);
  assert.equal(toll.corroboration.independentSources, 4, 'the Bay Post names no source: it is one');
});

test('countOrigins: named origins per report, the report itself only where it names none', () => {
  assert.equal(countOrigins([{ document: 'a', origin: 'outlet:a' }, { document: 'a', origin: 'src:police' }, { document: 'b', origin: 'src:police' }]), 1);
  assert.equal(countOrigins([{ document: 'a', origin: 'outlet:a' }, { document: 'b', origin: 'outlet:b' }]), 2);
  // a copy goes back to its original's outlet: one origin
  assert.equal(countOrigins([{ document: 'a', origin: 'outlet:a' }, { document: 'a2', origin: 'outlet:a' }]), 1);
  assert.equal(countOrigins([{ document: 'a', origin: 'src:police' }, { document: 'a', origin: 'src:hospital' }]), 2);
  assert.equal(countOrigins([]), 0);
});
