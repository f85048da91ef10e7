// Counts whose modifiers carry a model name ("three C-130 aircraft") or a long proper name, and currency letters
// that are other abbreviations too, read as money when a thousands separator or a bracketed equivalent follows; parts
// of a whole ("61 of 83 seats").
// Sentences invented for the tests (names and figures of our own, none taken from a devset).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';
import { coded, place } from '../../helpers/currency.js';

const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit]);

test('a model figure inside the modifiers of a count goes on the phrase', () => {
  assert.deepEqual(find('The navy sent three C-130 aircraft to the island.'), [['three C-130 aircraft', 3, 'aircraft']]);
  assert.deepEqual(find('Regulators grounded 171 Boeing 737 Max 9 jets on Friday.'), [['171 Boeing 737 Max 9 jets', 171, 'jet']]);
  assert.deepEqual(find('The army lost 12 Leopard 2 tanks.'), [['12 Leopard 2 tanks', 12, 'tank']]);
  // a month and its year are no model name
  assert.equal(find('The 3 March 2024 meetings were held in Lima.').some((x) => x[1] === 3 && x[2] === 'meeting'), false);
  // a capitalised plural after a model figure is the model, not people (nor a demonym)
  assert.deepEqual(find('The carrier will take 40 of the new Airbus 350 Skyliners.').map((x) => x[2]), ['skyliner']);
  assert.deepEqual(find('The carrier will take 40 of the new Vanta 9 Aranians.').map((x) => x[2]), ['aranian']);
  assert.deepEqual(find('Rescuers found 300 Aranians.').map((x) => x[2]), ['person']);
  // two counts side by side stay two
  assert.deepEqual(find('He scored 3 goals in 2 matches.'), [['3 goals', 3, 'goal'], ['2 matches', 2, 'match']]);
});

test('the words of a proper name count as one modifier before the counted noun', () => {
  assert.deepEqual(find('Sunak said four Royal Air Force Typhoon jets took part.'), [['four Royal Air Force Typhoon jets', 4, 'jet']]);
  // lower-case modifiers keep their limit of three
  assert.deepEqual(find('She bought two very old red wooden chairs.').map((x) => x[2]).includes('chair'), false);
});

test('rand, naira and Gulf letters before a bare figure: with a thousands separator or a bracketed equivalent', () => {
  assert.deepEqual(find('Miners want a wage of R9,800 (roughly $640), twice the R4,900 they are paid.').filter((x) => x[2] === 'ZAR'),
    [['R9,800', 9800, 'ZAR'], ['R4,900', 4900, 'ZAR']]);
  assert.deepEqual(find('Tickets were sold at SR45 ($12.00) apiece.'), [['SR45', 45, 'SAR'], ['$12.00', 12, 'USD']]);
  assert.deepEqual(find('Prices in Lagos reached N1,500 per bag.').map((x) => x[2]), ['NGN']);
  // a road, a mask or a jet keeps its name
  assert.deepEqual(find('The R12 highway and the N95 masks were shown.'), []);
  assert.deepEqual(find('He flew the SR71 (a jet) over the base.'), []);
});

test('a part before "of" and the figure of a larger whole counts the whole\'s noun', () => {
  assert.deepEqual(find('The alliance took 61 of 83 seats in Dunmore.'), [['61', 61, 'seat'], ['83 seats', 83, 'seat']]);
  assert.deepEqual(find('Only eight of 44 proposed changes were approved.'), [['eight', 8, 'change'], ['44 proposed changes', 44, 'change']]);
  // "one in five" stays a share
  assert.deepEqual(find('One in five adults smokes.').map((x) => x[2]), ['%']);
});

test('a whole of ten or a hundred after "of" keeps the share reading', () => {
  assert.deepEqual(find('Eight of 10 voters agreed.').map((x) => x[0]), ['10 voters']);
  assert.deepEqual(find('Nine of 100 patients relapsed.').map((x) => x[0]), ['100 patients']);
});

test('a small whole after "of" states a share, not a count of the part', () => {
  assert.deepEqual(find('Polls show 3 of 4 voters back him.'), [['4 voters', 4, 'person']]);
  assert.deepEqual(find('About 2 of 3 adults smoke.'), [['3 adults', 3, 'person']]);
  assert.deepEqual(find('Nearly 9 of 20 children are poor.'), [['20 children', 20, 'person']]);
  // a whole in words is left to the share reading too
  assert.deepEqual(find('Eight of twelve jurors agreed.'), [['twelve jurors', 12, 'person']]);
  // a verb of counting makes the part a count even of a small whole
  assert.deepEqual(find('The alliance took 3 of 5 seats.'), [['3', 3, 'seat'], ['5 seats', 5, 'seat']]);
});

test('a year or an identifier\'s number is no part of a whole', () => {
  assert.deepEqual(find('Rule 7 of 2019 guidelines applies.'), []);
  assert.deepEqual(find('Article 12 of 45 articles was struck out.'), [['45 articles', 45, 'article']]);
});


test('"K" with a scale is the kwacha (or the kina, the kyat: the country named most decides)', () => {
  assert.deepEqual(find('Parliament approved borrowing of K3.4bn from the lender.'), [['K3.4bn', 3.4e9, 'ZMW']]);
  assert.deepEqual(coded('Parliament approved borrowing of K3.4bn.', [place('Lilongwe', 'MW')]), ['MWK']);
  assert.deepEqual(coded('Parliament approved borrowing of K3.4bn.', [place('Lae', 'PG')]), ['PGK']);
  assert.deepEqual(coded('Parliament approved borrowing of K3.4bn.', [place('Mandalay', 'MM')]), ['MMK']);
  // the word "kwacha" is never the kina nor the kyat
  assert.deepEqual(coded('Dockers in Lae were paid 700 kwacha each.', [place('Lae', 'PG')]), ['ZMW']);
  assert.deepEqual(coded('Dockers in Blantyre were paid 700 kwacha each.', [place('Blantyre', 'MW')]), ['MWK']);
  // a mountain or a unit's name is no amount
  assert.deepEqual(find('The K2 expedition left with K9 units.'), []);
});
