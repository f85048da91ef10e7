// The stop-21 review's false triggers: each reading narrowed so that the review's sentences (written for these tests)
// give no event of the type, while the readings the rows were written for still fire. Hand-built entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, type EntSpec } from './helpers.js';

const types = (text: string, ents: EntSpec[] = []) => eventsOf(text, ents).evs.map((e) => e.type);
const has = (text: string, type: string) => assert.ok(types(text).includes(type), `${type} expected: ${text} -> ${types(text).join(',')}`);
const lacks = (text: string, type: string) => assert.ok(!types(text).includes(type), `no ${type} expected: ${text} -> ${types(text).join(',')}`);

test('a rate left "at" a level is a decision; a pace "at" a record is not', () => {
  has('The central bank left its cash rate at 4.35%.', 'POLICY_DECISION');
  has('The Federal Reserve left interest rates unchanged on Wednesday.', 'POLICY_DECISION');
  lacks('Families left the city as mortgage rates climbed at a record pace.', 'POLICY_DECISION');
});

test('money spent on capital is an investment; spent on subsidies "to build support" or by tourists at a port is not', () => {
  has('Intel will spend $17 billion on a chip plant in Ohio.', 'INVESTMENT');
  lacks('The government will spend $5 billion on subsidies to build public support.', 'INVESTMENT');
  lacks('Tourists spent $2 billion at the port last year.', 'INVESTMENT');
});

test('troops moved somewhere are deployed; "moved to withdraw troops" and troops in another clause are not', () => {
  has('Russia moved troops to the border.', 'DEPLOY');
  lacks('The government moved to withdraw troops from Iraq.', 'DEPLOY');
  lacks('Fighters moved into the town, where troops had retreated.', 'DEPLOY');
});

test('a player banned for matches is penalised; games or matches banned are not', () => {
  has('The striker was banned for three matches.', 'PENALTY');
  lacks('The country banned violent video games in 2019.', 'PENALTY');
  lacks('The state banned betting on football matches.', 'PENALTY');
});

test('challenging an incumbent is a contest; challenging election results is not', () => {
  has('She is challenging the incumbent in the mayoral race.', 'COMPETE');
  lacks('The opposition challenged the election results on Monday.', 'COMPETE');
});

test('protesters blocking a road protest; police blocking protesters do not', () => {
  has('Protesters blocked roads in Nairobi.', 'PROTEST');
  lacks('Police blocked protesters from reaching the square.', 'PROTEST');
});

test('a rally someone is told or speaks at is no protest; organisers who told a news agency leave the rally one', () => {
  has('Thousands joined the rally, organisers told AFP.', 'PROTEST');
  lacks('He told a rally in Delhi that the economy was growing.', 'PROTEST');
  lacks('Speaking at a rally in Ohio, he promised lower taxes.', 'PROTEST');
});

test('running for a second term is a candidacy; a festival, a show or ads that run on are not', () => {
  has('Nikki Haley is running for president.', 'COMPETE');
  has('She ran in the Democratic primary last year.', 'COMPETE');
  has('The mayor will run for a second term.', 'COMPETE');
  has('She ran in the 2020 election.', 'COMPETE');
  lacks('The festival will run for another week.', 'COMPETE');
  lacks('The show ran for a second season on Netflix.', 'COMPETE');
  lacks('The ads will run in the election season.', 'COMPETE');
});

test('human remains found are a discovery; a cause that remains unclear is not', () => {
  has('Divers found human remains near the wreck.', 'DISCOVERY');
  has('Searchers found the remains of the missing climbers.', 'DISCOVERY');
  lacks('Investigators found that the cause remains unclear.', 'DISCOVERY');
});

test('calling something illegal is criticism; calling the police about illegal dumping is not', () => {
  has('The minister called the strikes illegal.', 'CRITICIZE');
  has('Kyiv called it a dangerous escalation.', 'CRITICIZE');
  has('The union described the decision as illegal under the constitution.', 'CRITICIZE');
  lacks('Residents called the police to report illegal dumping.', 'CRITICIZE');
  lacks('The ministry called a meeting on dangerous driving.', 'CRITICIZE');
  lacks('The report describes illegal logging in the Amazon basin.', 'CRITICIZE');
});

test('money raised from investors is an investment; money raised for victims "investors said" is not', () => {
  has('The startup raised $2 billion from investors.', 'INVESTMENT');
  lacks('Charities raised $2 million for flood victims, investors said.', 'INVESTMENT');
});

test('a former title speaks for no organisation; a current one does', async () => {
  const { argNames } = await import('./helpers.js');
  const ents: EntSpec[] = [{ name: 'John Sculley', type: 'PERSON' }, { name: 'Apple', type: 'ORG' }];
  const f = eventsOf('Former Apple CEO John Sculley said the company had lost its way.', ents);
  const s = f.evs.find((e) => e.type === 'STATEMENT');
  assert.ok(s);
  assert.deepEqual(argNames(f.doc, s!).agent, ['John Sculley']);
  const c = eventsOf('Apple CEO Tim Cook said the company would grow.', [{ name: 'Tim Cook', type: 'PERSON' }, { name: 'Apple', type: 'ORG' }]);
  const t = c.evs.find((e) => e.type === 'STATEMENT');
  assert.deepEqual([...argNames(c.doc, t!).agent!].sort(), ['Apple', 'Tim Cook']);
});
