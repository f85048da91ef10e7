// Trigger families of stop 26: relative-object constructions ("a charge he denied"),
// a signing whose object is a person (a hire, even near "deal"), target and forecast cuts (a revision), sport
// readings ("limped off", "watched from the stands", "failed to reach the final"), aid flown in, a body disbanded,
// a cessation of hostilities, data that showed, results reported and a summons to explain. Sentences written for
// these tests; hand-built entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, type EntSpec } from './helpers.js';

const types = (text: string, ents: EntSpec[] = []) => eventsOf(text, ents).evs.map((e) => e.type);
const person = (name: string): EntSpec => ({ name, type: 'PERSON' });
const org = (name: string): EntSpec => ({ name, type: 'ORG' });
const gpe = (name: string): EntSpec => ({ name, type: 'GPE' });

test('a charge or an allegation denied in a relative clause is a rejection; a denial of what was done is one too, beside its statement', () => {
  const ents = [gpe('Ruritania'), gpe('Elbonia')];
  assert.ok(types('Ruritania blamed Elbonia for the blast, a charge Elbonia has always denied.', ents).includes('REJECT'));
  assert.ok(types('The allegations he denied on Friday were first reported in May.').includes('REJECT'));
  // "denied that …" (and "denies having …") is a REJECT as the devsets' gold types a denial, the STATEMENT kept
  const denial = types('The minister denied that he had been in the city.');
  assert.ok(denial.includes('REJECT') && denial.includes('STATEMENT'));
  assert.ok(types('The minister denies having met the envoy.').includes('REJECT'));
  // no "that"/"having"/"ever" after the verb: a plain denial of a state of things stays a statement
  assert.ok(!types('The minister denied the bridge was closed.').includes('REJECT'));
});

test('signing a person is a hire even when a deal is near; signing the deal stays an agreement', () => {
  const hire = types('The club agreed a deal to sign Tom Baker from a rival on a four-year contract.', [person('Tom Baker')]);
  assert.ok(hire.includes('HIRE'));
  const deal = types('The two clubs signed the deal on Tuesday.');
  assert.ok(deal.includes('AGREEMENT') && !deal.includes('HIRE'));
});

test('a price target or forecast cut or raised is a revision; a price cut stays a price change', () => {
  assert.ok(types('Analysts at Baker Bank cut their price target for the miner.', [org('Baker Bank')]).includes('REVISION'));
  assert.ok(types('The fund raised its growth forecast for next year.').includes('REVISION'));
  const price = types('The company cut its prices again.');
  assert.ok(price.includes('PRICE_CHANGE') && !price.includes('REVISION'));
});

test('a request is an appeal and a demand, like "called for"', () => {
  const t = types('Ruritania has requested an urgent meeting of the council.', [gpe('Ruritania')]);
  assert.ok(t.includes('APPEAL') && t.includes('DEMAND'));
});

test('sport: limping off is an injury, watching from the stands attendance, failing to reach a final a loss', () => {
  assert.ok(types('The winger limped off after ten minutes.').includes('INJURY'));
  assert.ok(types('The president watched from the stands as the side won.').includes('ATTEND'));
  assert.ok(!types('The president watched the speech on television.').includes('ATTEND'));
  assert.ok(types('The favourite failed to reach the final and finished tenth.').includes('LOSS'));
  assert.ok(!types('The talks failed to reach an agreement.').includes('LOSS'));
});

test('sport families, not single phrases: hobbled or stretchered off, failed to qualify for a competition only', () => {
  assert.ok(types('The goalkeeper hobbled off before half-time.').includes('INJURY'));
  assert.ok(types('Their captain was stretchered off in the second half.').includes('INJURY'));
  assert.ok(types('The hosts failed to qualify for the tournament again.').includes('LOSS'));
  assert.ok(types('The sprinter failed to reach the semi-finals in Rome.').includes('LOSS'));
  assert.ok(!types('Many families failed to qualify for the housing grant.').includes('LOSS'));
  assert.ok(!types('Pension funds watched from the sidelines as bond yields climbed.').includes('ATTEND'));
});

test('a summons to account for something is a demand; a summoned envoy stays a diplomatic step', () => {
  assert.ok(types('The senate summoned the chief of police to testify on Monday.').includes('DEMAND'));
  assert.ok(types('A judge summoned the mayor to appear before the panel.').includes('DEMAND'));
  const envoy = types('Ruritania summoned the Elbonian ambassador over the border clash.', [gpe('Ruritania')]);
  assert.ok(envoy.includes('REDUCE_RELATIONS') && !envoy.includes('DEMAND'));
});

test('supplies flown in are aid; a body disbanding is a closure; a cessation of hostilities is a ceasefire', () => {
  assert.ok(types('Army planes began flying in food and medicine to the city.').includes('PROVIDE_AID'));
  assert.ok(!types('Fans are flying in from across Europe.').includes('PROVIDE_AID'));
  assert.ok(types('The student group announced it was disbanding.').includes('CLOSURE'));
  assert.ok(types('The two sides signed a deal for a cessation of hostilities.').includes('CEASEFIRE'));
});

test('data that showed is a publication; results reported are earnings; a summons to explain is a demand', () => {
  assert.ok(types('Data from the statistics office showed on Friday that exports rose.').includes('PUBLISH'));
  assert.ok(!types('The photograph showed a crowd outside the court.').includes('PUBLISH'));
  assert.ok(types('The chipmaker reported that its quarterly revenue doubled.').includes('EARNINGS'));
  assert.ok(!types('The agency reported that the storm had weakened.').includes('EARNINGS'));
  assert.ok(types('The government summoned army officers to explain the delay.').includes('DEMAND'));
});
