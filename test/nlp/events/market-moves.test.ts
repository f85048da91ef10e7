// Issue #6, events: a named company, index or exchange whose value moved by a figure is a market and price move with that
// name as agent ("Tokyo Electron jumped 4.4%"), where the lexicon wanted a market word near the verb. Sentences written
// for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEvents } from '../../../src/nlp/events/index.js';
import { makeDoc, type EntSpec } from './helpers.js';

const O = (name: string): EntSpec => ({ name, type: 'ORG' });
const moves = (text: string, ents: EntSpec[]) => {
  const evs = extractEvents(makeDoc(text, ents));
  const name = (id: string | number) => ents[Number(String(id).replace(/\D/g, '')) - 1]?.name ?? String(id);
  return evs.filter((e) => e.type === 'MARKET_CHANGE' || e.type === 'PRICE_CHANGE')
    .map((e) => `${e.type}:${e.trigger.text}:${(e.args.agent ?? []).map(name).join('|')}`);
};

test('"Northwind Traders jumped 4.4%" is a MARKET_CHANGE and a PRICE_CHANGE of Northwind Traders', () => {
  const a = moves('Northwind Traders jumped 4.4% on Tuesday.', [O('Northwind Traders')]);
  assert.ok(a.includes('MARKET_CHANGE:jumped:Northwind Traders'), JSON.stringify(a));
  assert.ok(a.includes('PRICE_CHANGE:jumped:Northwind Traders'), JSON.stringify(a));
});

test('a coordinated subject with "each", an adverb and a filler before the figure: every name is an agent', () => {
  const a = moves('Contoso Gas and Fabrikam Power each tumbled about 20 percent.', [O('Contoso Gas'), O('Fabrikam Power')]);
  assert.ok(a.some((x) => x.startsWith('MARKET_CHANGE:tumbled:') && x.includes('Contoso Gas') && x.includes('Fabrikam Power')), JSON.stringify(a));
});

test('a possessive exchange with its index: "the Ruritanian Stock Exchange\'s main index fell about 6%"', () => {
  const a = moves("The Ruritanian Stock Exchange's main index fell about 6% on Monday.", [O('Ruritanian Stock Exchange')]);
  assert.ok(a.some((x) => x.startsWith('MARKET_CHANGE:fell:Ruritanian Stock Exchange')), JSON.stringify(a));
});

test('an index that moved is a market move only; a company naming its shares is their patient (the lexicon\'s readings)', () => {
  const ents: EntSpec[] = [{ name: 'Valdia Composite Index', type: 'OTHER' }];
  const evs = extractEvents(makeDoc('The Valdia Composite Index slid 2.1% on Friday.', ents));
  assert.ok(evs.some((e) => e.type === 'MARKET_CHANGE' && (e.args.agent ?? []).includes('e1')), JSON.stringify(evs));
  assert.ok(!evs.some((e) => e.type === 'PRICE_CHANGE'), JSON.stringify(evs));
});

test('negative: no figure, a possessive without a market head, a poll, or a name that is no subject give no move', () => {
  assert.deepEqual(moves('Northwind Traders jumped into the lead on Tuesday.', [O('Northwind Traders')]), []);
  assert.ok(!moves("Northwind Traders' sales rose 5% in the quarter.", [O('Northwind Traders')]).some((x) => x.startsWith('MARKET_CHANGE')));
  assert.deepEqual(moves('The Unity Party rose 5 points in the polls.', [O('Unity Party')]), []);
  assert.deepEqual(moves('A report by Northwind Traders said exports fell 4%.', [O('Northwind Traders')]).filter((x) => x.endsWith('Northwind Traders')), []);
});

test('negative: a league result in points is no price move of the club ("Liverpool dropped 2 points at home", "3 points clear")', () => {
  // the trigger lexicon's own "drop/climb … points" MARKET_CHANGE reading is another rule; this one adds no price and no move
  const league = (text: string, ents: EntSpec[]) => extractEvents(makeDoc(text, ents))
    .filter((e) => e.type === 'PRICE_CHANGE' || (e.type === 'MARKET_CHANGE' && /market-move/.test(String(e.rule ?? ''))));
  assert.deepEqual(league('Liverpool dropped 2 points at home on Saturday.', [O('Liverpool')]), []);
  assert.deepEqual(league('Arsenal climbed 3 points clear at the top of the league.', [O('Arsenal')]), []);
  assert.deepEqual(league('Arsenal climbed 3 points clear at the top.', [O('Arsenal')]), []);
});

test('a figure in points is a market move with a market word in the sentence or for an index', () => {
  const a = moves('Northwind Traders rose 3 points in early trading.', [O('Northwind Traders')]);
  assert.ok(a.includes('MARKET_CHANGE:rose:Northwind Traders'), JSON.stringify(a));
  const ents: EntSpec[] = [{ name: 'Valdia Composite Index', type: 'OTHER' }];
  const evs = extractEvents(makeDoc('The Valdia Composite Index slid 210 points on Friday.', ents));
  assert.ok(evs.some((e) => e.type === 'MARKET_CHANGE' && (e.args.agent ?? []).includes('e1')), JSON.stringify(evs));
});

test('the securities, index heads and index-name words are rows of events-words.tsv, not copies in the code', async () => {
  const { eventWords } = await import('../../../src/nlp/events/lexicon.js');
  const heads = eventWords('market-move-heads');
  for (const list of ['market-move-securities', 'market-move-index-heads']) {
    const set = eventWords(list);
    assert.ok(set.size > 0, list);
    // one home per word: the heads row holds the other heads only
    for (const w of set) assert.ok(!heads.has(w), `${w} of ${list} copied in market-move-heads`);
  }
  assert.ok(eventWords('market-move-index-name-words').has('average'));
  // behaviour kept: a head read from the rows still makes the name the thing that moved
  const a = moves('Contoso shares fell 4% on Monday.', [O('Contoso')]);
  assert.ok(a.some((x) => x.startsWith('MARKET_CHANGE:fell')), JSON.stringify(a));
});

test('a commodity or coin named alone (type OTHER) is no index: its move is a price change too; a named index is not', () => {
  const g = moves('Gold jumped 3% on Friday.', [{ name: 'Gold', type: 'OTHER' }]);
  assert.ok(g.includes('MARKET_CHANGE:jumped:Gold') && g.includes('PRICE_CHANGE:jumped:Gold'), JSON.stringify(g));
  const b = moves('Bitcoin fell 8% on Sunday.', [{ name: 'Bitcoin', type: 'OTHER' }]);
  assert.ok(b.includes('PRICE_CHANGE:fell:Bitcoin'), JSON.stringify(b));
  const n = moves('The Nifty 50 fell 1.6% on Monday.', [{ name: 'Nifty 50', type: 'OTHER' }]);
  assert.ok(n.includes('MARKET_CHANGE:fell:Nifty 50') && !n.some((x) => x.startsWith('PRICE_CHANGE')), JSON.stringify(n));
});
