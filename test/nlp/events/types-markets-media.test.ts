// Event types told apart by what moves or what is put out: a named stock index moves a market, a price index prices; output cut
// is production; a military target struck is an attack; what is printed, aired, leaked or posted is published; leaders
// who gather meet; asking or pressing someone to act appeals to them. Sentences written for these tests, each with cases
// that must not fire; hand-built entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, type EntSpec } from './helpers.js';

const country = (name: string): EntSpec => ({ name, type: 'GPE', kind: 'COUNTRY' });
const org = (name: string): EntSpec => ({ name, type: 'ORG' });
const types = (text: string, ents: EntSpec[] = []) => eventsOf(text, ents).evs.map((e) => e.type);

test('a stock index named near the verb moves a market; a bare index or a price index is a price change', () => {
  const m = types('The Nasdaq index fell 1.2 percent on Monday.');
  assert.ok(m.includes('MARKET_CHANGE') && !m.includes('PRICE_CHANGE'), m.join(','));
  assert.ok(types('The Nikkei index rose 2 percent.').includes('MARKET_CHANGE'));
  const p = types('The consumer price index rose 0.4 percent in August.');
  assert.ok(p.includes('PRICE_CHANGE') && !p.includes('MARKET_CHANGE'), p.join(','));
  // a component index of an inflation report stays prices
  const g = types('The gasoline index rose 10.6 percent in August.');
  assert.ok(g.includes('PRICE_CHANGE') && !g.includes('MARKET_CHANGE'), g.join(','));
  assert.ok(types('The index of consumer prices fell in May.').includes('PRICE_CHANGE'));
});

test('output cut is production even where prices follow; prices cut stay a price change', () => {
  const t = types('The producers agreed to cut output, sending oil prices higher.');
  assert.ok(t.includes('PRODUCTION') && !t.includes('PRICE_CHANGE'), t.join(','));
  assert.ok(types('Tesla cut prices of its cars in China.', [org('Tesla'), country('China')]).includes('PRICE_CHANGE'));
});

test('a military target struck is an attack; a deal struck or a pedestrian struck is not', () => {
  assert.ok(types('Ukraine struck a Russian warship in the Black Sea.', [country('Ukraine')]).includes('ATTACK'));
  assert.ok(types('A suicide bomber blew himself up in the market.').includes('ATTACK'));
  assert.ok(!types('The two companies struck a deal on Monday.').includes('ATTACK'));
  assert.ok(!types('A car struck a pedestrian on the bridge.').includes('ATTACK'));
  assert.ok(!types('The children blew the balloons up.').includes('ATTACK'));
});

test('printed, aired, leaked, posted: published; grievances aired are not', () => {
  assert.ok(types('The newspaper printed the cartoon on its front page.').includes('PUBLISH'));
  assert.ok(types('The broadcaster aired the documentary last night.').includes('PUBLISH'));
  assert.ok(types('The source leaked thousands of cables.').includes('PUBLISH'));
  const p = types('The group posted a video on its channel.');
  assert.ok(p.includes('PUBLISH') && p.includes('STATEMENT'), p.join(','));
  assert.ok(!types('He aired his grievances at length.').includes('PUBLISH'));
  assert.ok(!types('The air strikes hit the town.').includes('PUBLISH'));
});

test('leaders who gather or convene meet; officials gathering evidence do not; a draw with a named side is a match', () => {
  assert.ok(types('The foreign ministers will gather in the capital next week.').includes('MEET'));
  assert.ok(types('Leaders convened for an emergency session.').includes('MEET'));
  assert.ok(!types('Officials gathered evidence at the scene.').includes('MEET'));
  assert.ok(types('Arsenal drew with Fulham on Saturday.', [org('Arsenal'), org('Fulham')]).includes('MATCH'));
  assert.ok(!types('The Lakers drew with a late basket.', [org('Lakers')]).includes('MATCH'));
});

test('asking someone to act appeals; pressing someone to act demands; pressing ahead does neither', () => {
  assert.ok(types('The families asked the government to reopen the case.').includes('APPEAL'));
  const p = types('The EU pressed China to release the activists.', [org('EU'), country('China')]);
  assert.ok(p.includes('APPEAL') && p.includes('DEMAND'), p.join(','));
  const a = types('The company pressed ahead with the plan to expand.');
  assert.ok(!a.includes('APPEAL') && !a.includes('DEMAND'), a.join(','));
  assert.ok(!types('The official, who asked not to be named, said talks continued.').includes('APPEAL'));
});

test('penalties slapped or handed, bans handed to a club; a ban on a product stays a decision', () => {
  assert.ok(types('The regulator slapped a record penalty on the bank.').includes('PENALTY'));
  assert.ok(types('The club was handed a transfer ban.').includes('PENALTY'));
  const b = types('The government announced a ban on plastic bags.');
  assert.ok(!b.includes('PENALTY') && b.includes('POLICY_DECISION'), b.join(','));
});

test('a race entered is a contest; a plan put forward or a motion tabled is a proposal; players put forward are not', () => {
  assert.ok(types('He entered the race for mayor.').includes('COMPETE'));
  assert.ok(types('The ministry put forward a plan to cut emissions.').includes('PROPOSE'));
  assert.ok(types('The opposition tabled a motion of no confidence.').includes('PROPOSE'));
  assert.ok(!types('The coach put forward his best players.').includes('PROPOSE'));
  assert.ok(!types('He sat at the table with the bill.').includes('PROPOSE'));
});

test('shares that were down or up by a figure moved on the market, adverbs between; "closed up", a figure without shares, or "down to" are no second move', () => {
  const a = eventsOf('Tidewell shares were down nearly 9% in early trading.', [org('Tidewell')]);
  assert.ok(a.evs.some((e) => e.type === 'MARKET_CHANGE'), a.evs.map((e) => e.type).join(','));
  assert.ok(types('Bank stocks are up 3 per cent this week.').includes('MARKET_CHANGE'));
  // an adverb in -ly between the copula and the predicate, "only" included
  assert.ok(types('Mining stocks were sharply down 4% by noon.').includes('MARKET_CHANGE'));
  assert.ok(types('Stocks were only up 2% on Monday.').includes('MARKET_CHANGE'));
  // the move is the verb's; "up" after it is no event of its own
  assert.equal(eventsOf('The index closed up 11% on Monday.').evs.filter((e) => e.trigger.text === 'up').length, 0);
  assert.equal(eventsOf('The shares slipped 1.6% down to $1.92.').evs.filter((e) => e.trigger.text === 'down').length, 0);
  // "got" is no copula
  assert.equal(eventsOf('Stocks got down 4% before lunch.').evs.filter((e) => e.trigger.text === 'down').length, 0);
  assert.ok(!types('The number of visitors was down 11% this year.').includes('MARKET_CHANGE'));
});

test('a market word heading the subject of "ended mixed/higher" moved; a season, temperatures or a vote that ended higher or mixed did not', () => {
  assert.ok(types('Regional bank stocks ended mixed after the rate decision.').includes('MARKET_CHANGE'));
  assert.ok(types('The main index ended higher for a third day.').includes('MARKET_CHANGE'));
  assert.ok(!types('The season ended higher than expected for the club.').includes('MARKET_CHANGE'));
  assert.ok(!types('Temperatures ended higher on Sunday.').includes('MARKET_CHANGE'));
  assert.ok(!types('The vote ended mixed.').includes('MARKET_CHANGE'));
  // the market word modifies another head, or the mood word is not right after the verb
  assert.ok(!types('The stock exchange chief ended higher fees for small firms.').includes('MARKET_CHANGE'));
  assert.ok(!types('Tech companies ended the year with higher profits.').includes('MARKET_CHANGE'));
  assert.ok(!types('The talks ended without a deal.').includes('MARKET_CHANGE'));
});
