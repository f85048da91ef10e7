// "the state", "the province", "the island": a definite description of a state or region stands for the most recent
// one named (mentions.ts, state-words / region-words of data/lexicon/events-words.tsv). Sentences written for these
// tests; entities hand-built (no time is resolved, so no reference date is needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEvents } from '../../../src/nlp/events/index.js';
import { argNames, makeDoc, type EntSpec } from './helpers.js';

const FLORIDA: EntSpec = { name: 'Florida', type: 'GPE', kind: 'REGION' };
const BIDEN: EntSpec = { name: 'Joe Biden', type: 'PERSON' };
const TAMPA: EntSpec = { name: 'Tampa', type: 'GPE', kind: 'CITY' };
const SRI_LANKA: EntSpec = { name: 'Sri Lanka', type: 'GPE', kind: 'COUNTRY', iso: 'LK' };

function args(text: string, ents: EntSpec[], type: string): Record<string, string[]> | undefined {
  const doc = makeDoc(text, ents);
  const ev = extractEvents(doc).find((e) => e.type === type);
  return ev && argNames(doc, ev);
}

test('"travel to the state": the state named in an earlier sentence is the destination', () => {
  const t = 'Hurricane Ian tore through Florida on Wednesday. Joe Biden said he would travel to the state once conditions allowed.';
  assert.deepEqual(args(t, [FLORIDA, BIDEN], 'TRAVEL')?.destination, ['Florida']);
  // a past form after the head: "the state declared"
  const t2 = 'Hurricane Ian tore through Florida on Wednesday. The state declared a state of emergency.';
  assert.ok(Object.values(args(t2, [FLORIDA], 'POLICY_DECISION') ?? {}).flat().includes('Florida'));
});

test('"the province" stands for a region, "the island" for a country too', () => {
  const t = 'Floods swept Sindh on Monday. The province declared an emergency on Tuesday.';
  assert.ok(Object.values(args(t, [{ name: 'Sindh', type: 'GPE', kind: 'REGION' }], 'POLICY_DECISION') ?? {}).flat().includes('Sindh'));
  const t2 = 'Protesters stormed the palace in Sri Lanka. Joe Biden said he would travel to the island in the coming weeks.';
  assert.deepEqual(args(t2, [SRI_LANKA, BIDEN], 'TRAVEL')?.destination, ['Sri Lanka']);
  // a region word never stands for a country
  const t3 = 'Protesters stormed the palace in Sri Lanka. Joe Biden said he would travel to the region in the coming weeks.';
  assert.equal(args(t3, [SRI_LANKA, BIDEN], 'TRAVEL')?.destination, undefined);
});

test('no reading: a longer noun, "of", a town, a place named too long ago', () => {
  // "the state news agency" is no state
  const t = 'Hurricane Ian tore through Florida on Wednesday. Joe Biden said he would travel to the state news agency offices.';
  assert.equal(args(t, [FLORIDA, BIDEN], 'TRAVEL')?.destination, undefined);
  // "the state of …" is a description of its own
  const t2 = 'Hurricane Ian tore through Florida on Wednesday. Joe Biden said he would travel to the state of Georgia.';
  assert.ok(!(args(t2, [FLORIDA, BIDEN, { name: 'Georgia', type: 'GPE', kind: 'REGION' }], 'TRAVEL')?.destination ?? []).includes('Florida'));
  // only a town was named: "the state" is not a town
  const t3 = 'Hurricane Ian tore through Tampa on Wednesday. Joe Biden said he would travel to the state once conditions allowed.';
  assert.equal(args(t3, [TAMPA, BIDEN], 'TRAVEL')?.destination, undefined);
  // seven sentences on, the state is out of reach
  const filler = ' Crews worked through the night.'.repeat(6);
  const t4 = `Hurricane Ian tore through Florida on Wednesday.${filler} Joe Biden said he would travel to the state once conditions allowed.`;
  assert.equal(args(t4, [FLORIDA, BIDEN], 'TRAVEL')?.destination, undefined);
});

test('two places in reach are no reading; "the state" prefers the region to the country', () => {
  // two provinces named: "the province" names neither
  const t = 'The premiers of Alberta and Manitoba objected. The province declared an emergency on Friday.';
  const ents: EntSpec[] = [{ name: 'Alberta', type: 'GPE', kind: 'REGION' }, { name: 'Manitoba', type: 'GPE', kind: 'REGION' }];
  const names = Object.values(args(t, ents, 'POLICY_DECISION') ?? {}).flat();
  assert.ok(!names.includes('Alberta') && !names.includes('Manitoba'), JSON.stringify(names));
  // a state and its country: "the state" is the state
  const us: EntSpec = { name: 'United States', type: 'GPE', kind: 'COUNTRY', iso: 'US' };
  const t2 = 'Hurricane Ian tore through Florida in the United States. Joe Biden said he would travel to the state once conditions allowed.';
  assert.deepEqual(args(t2, [FLORIDA, us, BIDEN], 'TRAVEL')?.destination, ['Florida']);
  // "the island" with a region and a country in reach: the one of them that is an island (review r1 finding 8)
  const cuba: EntSpec = { name: 'Cuba', type: 'GPE', kind: 'COUNTRY', iso: 'CU' };
  const t3 = 'The storm left Cuba and reached Florida. Joe Biden said he would travel to the island in the coming weeks.';
  assert.deepEqual(args(t3, [cuba, FLORIDA, BIDEN], 'TRAVEL')?.destination, ['Cuba']);
  // two islands in reach: neither
  const jamaica: EntSpec = { name: 'Jamaica', type: 'GPE', kind: 'COUNTRY', iso: 'JM' };
  const t4 = 'The storm left Cuba and reached Jamaica. Joe Biden said he would travel to the island in the coming weeks.';
  assert.equal(args(t4, [cuba, jamaica, BIDEN], 'TRAVEL')?.destination, undefined);
});

// Review r1 finding 8: a word of a place below a state (county, district, prefecture) stands only for a place named with
// that word ("Lee County"), never for the state around it; "the island" only for an island.
test('negative: "the county", "the district", "the island" do not stand for a state or province', () => {
  const t = 'Hurricane Ian tore through Florida on Wednesday. Joe Biden said he would travel to the county once conditions allowed.';
  assert.equal(args(t, [FLORIDA, BIDEN], 'TRAVEL')?.destination, undefined);
  const t2 = 'Floods swept Sindh on Monday. Joe Biden said he would travel to the district once conditions allowed.';
  assert.equal(args(t2, [{ name: 'Sindh', type: 'GPE', kind: 'REGION' }, BIDEN], 'TRAVEL')?.destination, undefined);
  const t3 = 'Hurricane Ian tore through Florida on Wednesday. Joe Biden said he would travel to the island once conditions allowed.';
  assert.equal(args(t3, [FLORIDA, BIDEN], 'TRAVEL')?.destination, undefined);
});

test('"the county" stands for a county named as one, "the island" for an island place', () => {
  const lee: EntSpec = { name: 'Lee County', type: 'GPE', kind: 'REGION' };
  const t = 'Hurricane Ian tore through Lee County on Wednesday. Joe Biden said he would travel to the county once conditions allowed.';
  assert.deepEqual(args(t, [lee, BIDEN], 'TRAVEL')?.destination, ['Lee County']);
  const pr: EntSpec = { name: 'Puerto Rico', type: 'GPE', kind: 'REGION' };
  const t2 = 'Hurricane Fiona tore through Puerto Rico on Sunday. Joe Biden said he would travel to the island once conditions allowed.';
  assert.deepEqual(args(t2, [pr, BIDEN], 'TRAVEL')?.destination, ['Puerto Rico']);
});
