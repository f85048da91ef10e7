// The stop-20 review's false triggers: candidacies only with "run for/in/as/against", rates left where they were only
// with the word that keeps them, results of matches only against a named side, finds of remains and wrecks, money
// spent on capital. Each with cases that must not fire. Sentences written for these tests; hand-built entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEvents } from '../../../src/nlp/events/index.js';
import { buildLexicon } from '../../../src/nlp/events/lexicon.js';
import { eventsOf, argNames, makeDoc, type EntSpec } from './helpers.js';

const types = (text: string, ents: EntSpec[] = []) => eventsOf(text, ents).evs.map((e) => e.type);
const country = (name: string): EntSpec => ({ name, type: 'GPE', kind: 'COUNTRY' });
const org = (name: string): EntSpec => ({ name, type: 'ORG' });
const person = (name: string): EntSpec => ({ name, type: 'PERSON' });

test('running for, in or as is a candidacy; running the Senate or a company, or standing by words, is not', () => {
  const h = eventsOf('Nikki Haley is running for president.', [person('Nikki Haley')]);
  const c = h.evs.find((e) => e.type === 'COMPETE');
  assert.ok(c, h.evs.map((e) => e.type).join(','));
  assert.deepEqual(argNames(h.doc, c!).agent, ['Nikki Haley']);
  assert.ok(types('She ran in the Democratic primary last year.').includes('COMPETE'));
  assert.ok(types('He will run as an independent.').includes('COMPETE'));
  assert.ok(types('Former minister Jan Kowalski stood for parliament in 2019.', [person('Jan Kowalski')]).includes('COMPETE'));
  // negative: control of a chamber, running things, standing by one's words
  assert.ok(!types('Republicans run the Senate and Democrats run the House.', [{ name: 'Republicans', type: 'ORG' }, org('Senate'), { name: 'Democrats', type: 'ORG' }, org('House')]).includes('COMPETE'));
  assert.ok(!types('She ran for cover when the shooting started.').includes('COMPETE'));
  assert.ok(!types('I stand by my comments on the election.').includes('COMPETE'));
  assert.ok(!types('Voters stand in line to vote in the election.').includes('COMPETE'));
});

test('a rate left where it was is a POLICY_DECISION; leaving a city while rates climb is not', () => {
  const f = eventsOf('The Federal Reserve left interest rates unchanged on Wednesday.', [org('Federal Reserve')]);
  const p = f.evs.find((e) => e.type === 'POLICY_DECISION');
  assert.ok(p, f.evs.map((e) => e.type).join(','));
  assert.deepEqual(argNames(f.doc, p!).agent, ['Federal Reserve']);
  assert.ok(types('The central bank left its cash rate at 4.35%.').includes('POLICY_DECISION'));
  assert.ok(types('Rates were left unchanged for a fifth month.').includes('POLICY_DECISION'));
  // negative: the rate word alone, or the keeping word before it
  assert.ok(!types('Families have left the city as mortgage rates climbed.').includes('POLICY_DECISION'));
  assert.ok(!types('Thousands left the region at night as rates of infection rose.').includes('POLICY_DECISION'));
  assert.ok(!types('The storm left the village unchanged.').includes('POLICY_DECISION'));
  // holding or keeping: a policy kept steady is a decision, inflation holding steady is not
  assert.ok(types('The Bank of Japan kept its policy unchanged.', [org('Bank of Japan')]).includes('POLICY_DECISION'));
  assert.ok(!types('Inflation held steady at 3% in March.').includes('POLICY_DECISION'));
});

test('the "and:" flag needs the second word after the first, within six tokens; without the flag one word suffices', () => {
  const lex = (flags: string) => buildLexicon({
    triggers: `leave\tV\tPOLICY_DECISION\trate,rates\t${flags}\n`, types: 'POLICY_DECISION\t-\t-\t-\n', roles: '', irregular: 'left\tleave\n',
  });
  const run = (text: string, flags: string) => extractEvents(makeDoc(text), lex(flags)).map((e) => e.type);
  assert.deepEqual(run('They left rates unchanged.', 'after,and:unchanged|steady'), ['POLICY_DECISION']);
  assert.deepEqual(run('They left the town as rates rose.', 'after,and:unchanged|steady'), []);
  assert.deepEqual(run('They left unchanged the rates.', 'after,and:unchanged|steady'), []);
  assert.deepEqual(run('They left the town as rates rose.', 'after'), ['POLICY_DECISION']);
  // a second word seven tokens after the first is too far
  assert.deepEqual(run('They left rates a b c d e f unchanged.', 'after,and:unchanged'), []);
});

test('a result told with edge, upset or crush needs a named side beaten; markets edging up and crushed rebellions are none', () => {
  const m = eventsOf('Manchester City edged Arsenal 2-1 in the final.', [org('Manchester City'), org('Arsenal')]);
  const w = m.evs.find((e) => e.type === 'WIN');
  assert.ok(w && m.evs.some((e) => e.type === 'LOSS'), m.evs.map((e) => e.type).join(','));
  assert.deepEqual(argNames(m.doc, w!).agent, ['Manchester City']);
  assert.ok(types('Spain crushed Italy in the final.', [country('Spain'), country('Italy')]).includes('WIN'));
  assert.ok(types('Italy were crushed 4-0 by Spain.', [country('Spain'), country('Italy')]).includes('WIN'));
  assert.ok(types('The qualifier upset Rafael Nadal in the semifinal.', [person('Rafael Nadal')]).includes('WIN'));
  // negative
  assert.ok(!types('Stocks edged higher in the final hour of trading.').includes('WIN'));
  assert.ok(!types('The news upset investors in the final days of the quarter.').includes('WIN'));
  assert.ok(!types('The army crushed the rebellion before the final assault.').includes('WIN'));
  assert.ok(!types('Beijing crushed Hong Kong protests before the final vote.', [{ name: 'Beijing', type: 'GPE' }, { name: 'Hong Kong', type: 'GPE' }]).includes('WIN'));
});

test('finds of remains and wrecks are a DISCOVERY; coins found in a sofa are not', () => {
  assert.ok(types('Divers found the wreckage of the missing plane.').includes('DISCOVERY'));
  assert.ok(types('Archaeologists found human remains near the old church.').includes('DISCOVERY'));
  assert.ok(types('Metal detectorists found a hoard of Roman coins.').includes('DISCOVERY'));
  assert.ok(!types('She found coins in the sofa.').includes('DISCOVERY'));
  assert.ok(!types('Police found the body of a man on Monday.').includes('DISCOVERY'));
});

test('money spent on capital is an INVESTMENT; subsidies, tourists\' spending and days spent are not', () => {
  const i = eventsOf('Intel will spend $20 billion on two new factories in Arizona.', [org('Intel'), { name: 'Arizona', type: 'GPE', kind: 'REGION' }]);
  const ev = i.evs.find((e) => e.type === 'INVESTMENT');
  assert.ok(ev, i.evs.map((e) => e.type).join(','));
  assert.deepEqual(argNames(i.doc, ev!).agent, ['Intel']);
  assert.ok(types('The operator will spend $2 billion to expand its network.').includes('INVESTMENT'));
  assert.ok(!types('The government spent $2 billion on fuel subsidies last year.').includes('INVESTMENT'));
  assert.ok(!types('Tourists spent $3 million in the city during the festival.').includes('INVESTMENT'));
  assert.ok(!types('He spent three days in hospital.').includes('INVESTMENT'));
});
