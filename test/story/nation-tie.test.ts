// A public body and the state it acts for tie two reports' events of a type a story holds few of:
// "the U.S. Coast Guard has opened an investigation" / "the United States is investigating".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { orgNation, type NationKb } from '../../src/story/nation.js';
import { nationTie } from '../../src/story/build.js';
import type { KbEntry } from '../../src/kb/types.js';
import { story } from './helpers.js';

const country = (name: string, iso2: string): KbEntry => ({ id: iso2, name, type: 'GPE', kind: 'COUNTRY', iso2, aliases: [] });
const ALIASES = new Map<string, KbEntry[]>([
  ['us', [country('United States', 'US')]],
  ['united states', [country('United States', 'US')]],
  ['canada', [country('Canada', 'CA')]],
  ['france', [country('France', 'FR')]],
  ['royal canadian mounted police', [{ id: 'kb:rcmp', name: 'Royal Canadian Mounted Police', type: 'ORG', kind: 'GOVERNMENT', country: 'CA', aliases: [] }]],
  ['bea', [{ id: 'kb:bea', name: 'Bureau of Economic Analysis', type: 'ORG', kind: 'GOVERNMENT', country: 'US', aliases: [] }]],
  ['acme mining', [{ id: 'kb:acme', name: 'Acme Mining', type: 'ORG', kind: 'COMPANY', country: 'CA', aliases: [] }]],
]);
const DEMONYMS = new Map<string, KbEntry[]>([
  ['canadian', [country('Canada', 'CA')]],
  ['french', [country('France', 'FR')]],
  ['korean', [country('South Korea', 'KR'), country('North Korea', 'KP')]],
]);
const kb: NationKb = { byAlias: (a) => ALIASES.get(a) ?? [], byDemonym: (d) => DEMONYMS.get(d) ?? [] };

test('orgNation: the state a body acts for, from its KB entry, a leading country, "of <country>", a demonym', () => {
  assert.equal(orgNation('U.S. Coast Guard', kb), 'US');
  assert.equal(orgNation('Royal Canadian Mounted Police', kb), 'CA');
  assert.equal(orgNation('Transportation Safety Board of Canada', kb), 'CA');
  assert.equal(orgNation('French Navy', kb), 'FR');
});

test('orgNation: no state for a plain name, a bare acronym, a firm, an ambiguous demonym or two states', () => {
  assert.equal(orgNation('Transportation Safety Board', kb), undefined);
  assert.equal(orgNation('BEA', kb), undefined, 'a bare acronym the KB gives to another body is no evidence');
  assert.equal(orgNation('Acme Mining', kb), undefined, 'a company belongs to no state');
  assert.equal(orgNation('Canadian Mining Corp', kb, 'COMPANY'), undefined, 'the entity stage says it is a company');
  assert.equal(orgNation('Korean National Police Agency', kb), undefined, 'Korean names two states');
  assert.equal(orgNation('French-Canadian Friendship Society', kb), undefined, 'two states named');
  assert.equal(orgNation('United States', kb), undefined, 'a country alone is no body');
  assert.equal(orgNation('Coast Guard', null), undefined, 'no KB, no reading');
});

test('orgNation: a name without a country word never gets one; a country word leading body words gives that country (property)', () => {
  const word = fc.constantFrom('Coast', 'Guard', 'Board', 'Police', 'Safety', 'Marine', 'Federal', 'Bureau', 'Office', 'National');
  fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), (ws) => orgNation(ws.join(' '), kb) === undefined));
  // (the same words after a country or a demonym do read it: the property above is not vacuous)
  const lead = fc.constantFrom(['Canada', 'CA'], ['France', 'FR'], ['United States', 'US'], ['Canadian', 'CA'], ['French', 'FR']);
  fc.assert(fc.property(lead, fc.array(word, { minLength: 1, maxLength: 4 }), ([c, iso], ws) => orgNation(`${c} ${ws.join(' ')}`, kb) === iso));
});

test('nationTie: a body on one side and its state on the other, either way round; nothing else', () => {
  const g = (id: number) => ({ id }) as never;
  const us = g(1); const uscg = g(2); const ca = g(3);
  assert.equal(nationTie({ parts: new Set([uscg]), nations: new Set([us]) }, { parts: new Set([us]) }), true);
  assert.equal(nationTie({ parts: new Set([us]) }, { parts: new Set([uscg]), nations: new Set([us]) }), true);
  assert.equal(nationTie({ parts: new Set([uscg]), nations: new Set([us]) }, { parts: new Set([ca]) }), false);
  assert.equal(nationTie({ parts: new Set([uscg]) }, { parts: new Set([us]) }), false);
});

const USCG = 'The U.S. Coast Guard has opened an investigation into the loss of the submersible. Separately, the British firm Acme Holdings said it was investigating its own records.';

test('an investigation by the U.S. Coast Guard and one by the United States in another report are one', () => {
  const s = story([
    ['AAA', '2023-06-25', USCG],
    ['BBB', '2023-06-28', 'The United States is investigating the loss of the submersible. The Transportation Safety Board is also investigating the ship that carried it.'],
  ]);
  const inv = s.events.filter((e) => e.type === 'INVESTIGATE');
  const both = inv.find((e) => e.participants.includes('U.S. Coast Guard'));
  assert.ok(both && both.participants.includes('United States') && both.documents.length === 2, JSON.stringify(inv.map((e) => [e.participants, e.documents.length])));
  // negatives: the firm's and the board's investigations stay apart
  assert.ok(inv.filter((e) => e.participants.includes('Acme Holdings') || e.participants.includes('Transportation Safety Board')).every((e) => e.documents.length === 1));
});

test('negative: the body of one state does not tie to another state, nor statements to statements', () => {
  const s = story([
    ['AAA', '2023-06-25', USCG],
    ['BBB', '2023-06-28', 'Canada is investigating the loss of the submersible. The Transportation Safety Board is also investigating the ship that carried it.'],
  ]);
  assert.ok(s.events.filter((e) => e.type === 'INVESTIGATE').every((e) => e.documents.length === 1), JSON.stringify(s.events.filter((e) => e.type === 'INVESTIGATE').map((e) => [e.participants, e.documents.length])));
  const st = story([
    ['AAA', '2023-06-25', 'The U.S. Coast Guard said on Sunday that the search would go on. Acme Holdings said it would help.'],
    ['BBB', '2023-06-25', 'The United States said on Sunday that it would send more ships. Zenith Marine said it would help too.'],
  ]);
  const cg = st.events.find((e) => e.type === 'STATEMENT' && e.participants.includes('U.S. Coast Guard'));
  assert.ok(cg && !cg.participants.includes('United States'), JSON.stringify(st.events.filter((e) => e.type === 'STATEMENT').map((e) => [e.participants, e.documents.length])));
});
