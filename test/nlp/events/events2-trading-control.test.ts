// Trigger coverage (issue #6): a company's stock moving "in intraday trade" / "in early trading" is a market move and a
// price change even without the word "shares"; an organisation taking control of another organisation is an
// acquisition, not a city taken by force. Sentences written for these tests, with cases that must not fire;
// hand-built entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, type EntSpec } from './helpers.js';

const org = (name: string): EntSpec => ({ name, type: 'ORG' });
const city = (name: string): EntSpec => ({ name, type: 'GPE', kind: 'CITY' });
const types = (text: string, ents: EntSpec[] = []) => eventsOf(text, ents).evs.map((e) => e.type);

test('a company that fell or rose in intraday trade or early trading: a market move and a price change', () => {
  // no ORG entity and no subject right before the verb, so the market-move step (market-moves.ts) cannot catch them:
  // only the trigger rows with 'trading'/'intraday' do
  const a = types('The flagship, after the report, fell 18.5% in intraday trade.');
  assert.ok(a.includes('MARKET_CHANGE') && a.includes('PRICE_CHANGE'), a.join(','));
  const b = types('The carmaker, hit by the recall, rose 3% in early trading on Monday.');
  assert.ok(b.includes('MARKET_CHANGE') && b.includes('PRICE_CHANGE'), b.join(','));
  const c = types('The group, once a darling of investors, plunged 12 percent in trading on Tuesday.');
  assert.ok(c.includes('MARKET_CHANGE'), c.join(','));
});

test('no trading word, or a session of parliament: no market move', () => {
  assert.ok(!types('Attendance fell sharply during the session of parliament.').includes('MARKET_CHANGE'));
  assert.ok(!types('The temperature fell 5 degrees overnight.').includes('MARKET_CHANGE'));
  assert.ok(!types('The climber fell 20 metres from the ledge.').includes('MARKET_CHANGE'));
});

test('an organisation taking control of an organisation is an acquisition; of a city it is not', () => {
  const t = types('Tailspin Group took control of Wingtip Airways on Thursday.', [org('Tailspin Group'), org('Wingtip Airways')]);
  assert.ok(t.includes('ACQUISITION'), t.join(','));
  assert.ok(!types('Rebels took control of Goma on Monday.', [city('Goma')]).includes('ACQUISITION'));
  assert.ok(!types('Rebels took control of the town on Monday.').includes('ACQUISITION'));
});

test("'trading' before a noun of trade (partner, bloc, route) is no trading session: no market move", () => {
  const a = types('Exports to China, its largest trading partner, fell 5% last year.', [{ name: 'China', type: 'GPE' }]);
  assert.ok(!a.includes('MARKET_CHANGE') && !a.includes('PRICE_CHANGE'), a.join(','));
  const b = types('Imports from the trading bloc rose 4% in March.');
  assert.ok(!b.includes('MARKET_CHANGE') && !b.includes('PRICE_CHANGE'), b.join(','));
  // kept: the session reading
  const c = types('Contoso Motor rose 3% in early trading on Monday.', [org('Contoso Motor')]);
  assert.ok(c.includes('MARKET_CHANGE') && c.includes('PRICE_CHANGE'), c.join(','));
});

test('an armed or political force taking control of a body is a seizure, not an acquisition', () => {
  const a = types('Houthi rebels took control of the Saba news agency on Monday.', [org('Saba')]);
  assert.ok(!a.includes('ACQUISITION'), a.join(','));
  const b = types('Soldiers took control of the National Assembly and arrested the president.', [org('National Assembly')]);
  assert.ok(!b.includes('ACQUISITION'), b.join(','));
  const c = types('The army has taken control of the state broadcaster RTN.', [org('RTN')]);
  assert.ok(!c.includes('ACQUISITION'), c.join(','));
  // kept: a company buying a company, with an auxiliary too
  const d = types('Tailspin Group has taken control of Wingtip Airways.', [org('Tailspin Group'), org('Wingtip Airways')]);
  assert.ok(d.includes('ACQUISITION'), d.join(','));
});
