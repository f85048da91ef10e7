import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names, bySurface } from './run-entities.js';

test('a short all-caps word in running text is no mixed-case KB alias (a state\'s "Pa.", a country\'s alpha-3 code)', () => {
  const d = run('LONDON, 3 August (PA) - Rates rose. The GRC team won the seat, and PRI lost ground in the vote.');
  // each is still found, as the organisation it names here (the news agency, a party's team, a party)
  assert.equal(bySurface(d, 'PA')?.type, 'ORG', names(d));
  assert.notEqual(bySurface(d, 'PA')?.kb?.wikidata, 'Q1400', names(d));
  assert.equal(bySurface(d, 'GRC')?.type, 'ORG', names(d));
  assert.equal(bySurface(d, 'PRI')?.type, 'ORG', names(d));
  assert.notEqual(bySurface(d, 'PRI')?.kb?.wikidata, 'Q1183', names(d));
});

test('country short forms the KB spells in capitals still name the country', () => {
  const d = run('Officials in the US and the UK said so.');
  assert.equal(bySurface(d, 'US')?.type, 'GPE', names(d));
  assert.equal(bySurface(d, 'UK')?.type, 'GPE', names(d));
});
