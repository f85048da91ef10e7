import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../../src/core/types.js';
import { currencyByCountry } from '../../../src/nlp/quantity/currency-country.js';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

// Stop 24 (issue #6): unit choices of counts and measures. Sentences written for these tests.

const qs = (text: string): string[] =>
  findQuantities({ text, sentences: [], times: [] }).map((q) => `${q.text}|${q.value}|${q.unit}${q.bound ? `|${q.bound}` : ''}`);

test('people named by role count as people; firms, agencies and accounts keep their noun (data/lexicon/quantity-people.tsv)', () => {
  assert.deepEqual(qs('Two sources familiar with the talks said so.'), ['Two sources|2|person']);
  assert.deepEqual(qs('More than 600 contacts were traced.'), ['More than 600 contacts|600|person|MORE_THAN']);
  assert.deepEqual(qs('Three substitutes came on.'), ['Three substitutes|3|person']);
  assert.deepEqual(qs('The camp holds 40,000 Rohingyas.'), ['40,000 Rohingyas|40000|person']);
  // negatives: carmakers and regulators are companies and agencies, customers of a utility are accounts
  assert.deepEqual(qs('The two Japanese automakers agreed to talk.'), ['two Japanese automakers|2|automaker']);
  assert.deepEqual(qs('It was summoned by four financial regulators.'), ['four financial regulators|4|regulator']);
  assert.deepEqual(qs('About 20,000 customers lost power.'), ['About 20,000 customers|20000|customer|APPROX']);
  // the person endings still hold for people
  assert.deepEqual(qs('Some 30 lawmakers voted against.'), ['Some 30 lawmakers|30|person|APPROX']);
  assert.deepEqual(qs('The company hired 50 steelworkers.'), ['50 steelworkers|50|person']);
});

test('a participle of harm before a plural noun modifies it: the noun is what is counted', () => {
  assert.deepEqual(qs('A state of emergency covers 10 affected provinces.'), ['10 affected provinces|10|province']);
  assert.deepEqual(qs('Rescuers found 12 injured climbers.'), ['12 injured climbers|12|person']);
  // negatives: the participle alone still counts people
  assert.deepEqual(qs('The quake left 300 injured and 40 missing.'), ['300 injured|300|person', '40 missing|40|person']);
  assert.deepEqual(qs('There were 25 killed in the blast.'), ['25 killed|25|person']);
});

test('a capital C or F apart from the digits is a temperature with a heat word or a temperature just before', () => {
  assert.deepEqual(qs('The heat record fell: 46.6 C on Sunday and 47.9 C on Monday.'), ['46.6 C|46.6|°C', '47.9 C|47.9|°C']);
  assert.deepEqual(qs('The temperature reached 40 C (104 F) on Sunday.').slice(0, 2), ['40 C|40|°C', '104 F|104|°F']);
  assert.deepEqual(qs('Temperatures hit 38 C. The old mark, 36 C, stood for years.'), ['38 C|38|°C', '36 C|36|°C']);
  // negatives: no heat word nor temperature before; a letter that goes on; a figure no weather reaches
  assert.deepEqual(qs('The report lists 12 C grades among the pupils.'), ['12 C grades|12|grade']);
  assert.deepEqual(qs('The previous record was 45 C.'), []);
  assert.deepEqual(qs('The heat grounded 54 F-4E jets.').filter((q) => q.includes('°')), []);
  assert.deepEqual(qs('In the heat, 300 C was too much to ask.'), []);
});

test('bare "degrees" takes the scale the text wrote its last temperature in (not a bracketed restatement)', () => {
  assert.deepEqual(qs('Austin recorded 6 degrees Fahrenheit (minus 10 Celsius), and Dallas fell to minus 2 degrees.'),
    ['6 degrees Fahrenheit|6|°F', 'minus 10 Celsius|-10|°C', 'minus 2 degrees|-2|°F']);
  assert.deepEqual(qs('Temperatures hit 49.6 C on Tuesday. The previous record was 45 C, so the new reading beat it by 4.6 degrees.'),
    ['49.6 C|49.6|°C', '45 C|45|°C|MAX', '4.6 degrees|4.6|°C']);
  // negatives: without a temperature before or a heat word, degrees stay an angle
  assert.deepEqual(qs('The ship turned 180 degrees.'), ['180 degrees|180|degree']);
});

test('a bare figure at the level a stock index reaches is counted in points (data/lexicon/quantity-stock-indices.txt)', () => {
  assert.deepEqual(qs('The BSE Sensex ended 1,307 points lower at 55,669, according to exchange data.'), ['1,307 points|1307|point', '55,669|55669|point']);
  assert.deepEqual(qs('The broader Topix rose 1.3% to 2,660.70 but stayed below its peak of 2,884.80.'), ['1.3%|1.3|%', '2,660.70|2660.7|point', '2,884.80|2884.8|point']);
  assert.deepEqual(qs('Analysts said the index could reach 40,000 as early as next month.'), ['40,000|40000|point']);
  // negatives: no index in the sentence; a noun of its own; a small figure; a figure not reached
  assert.deepEqual(qs('The price rose to 2,660.70 on Monday.'), []);
  assert.deepEqual(qs('The index tracks shares of 1,200 companies.'), ['1,200 companies|1200|company']);
  assert.deepEqual(qs('The index covers 225 stocks, up from 200 stocks.').map((q) => q.split('|')[2]), ['stock', 'stock']);
  assert.deepEqual(qs('The index rose to 45 after the report.'), []);
});

test('bare figures of a tally whose noun is said once: compared, after the same preposition, or before the list total', () => {
  assert.deepEqual(qs('The BJP has won 240 seats, 32 short of the 272 needed for a majority and 63 fewer than the 303 it won in 2019.'),
    ['240 seats|240|seat', '32|32|seat', '272|272|seat', '63|63|seat', '303|303|seat']);
  // (a hyphenated modifier is no count the comparison takes)
  assert.deepEqual(qs('The opposition secured 174 votes in the 342-member house, two more than the 172 needed.'),
    ['174 votes|174|vote', '342-member|342|member', 'two|2|vote', '172|172|vote']);
  assert.deepEqual(qs('The TDP with 16 seats and the JD(U) with 12, take the alliance past the mark.').slice(0, 2), ['16 seats|16|seat', '12|12|seat']);
  assert.deepEqual(qs('The tally: Labour 411, the Conservatives 121, and independents 37, out of 650 seats.'),
    ['411|411|seat', '121|121|seat', '37|37|seat', '650 seats|650|seat']);
  // negatives: no count in the sentence; another preposition; a list with no total after it
  assert.deepEqual(qs('Officials said the 50 needed were on their way.'), []);
  assert.deepEqual(qs('The TDP won 16 seats and the JD(U) stood at 12.').filter((q) => q.startsWith('12')), []);
  assert.deepEqual(qs('They flew the Boeing 747, the Airbus 380, and others.'), []);
});

test('"N times" reads the next word from data/lexicon/quantity-times-next.tsv: a multiple or how often', () => {
  assert.deepEqual(qs('The black hole is 6.5 billion times heavier than the Sun.'), ['6.5 billion times|6500000000|times']);
  assert.deepEqual(qs('The ship was attacked 27 times since 2019.'), ['27 times|27|time']);
  // a word in neither list leaves the figure unread
  assert.deepEqual(qs('He multiplied 3 times 4.'), []);
});

test('cricket scores: runs for wickets and runs off balls, in a sentence about an innings (data/lexicon/quantity-cricket-cues.txt)', () => {
  assert.deepEqual(qs('Klaasen smashed 52 off 27 balls to leave South Africa on 147 for four after 15 overs.'),
    ['52|52|run', '27 balls|27|ball', '147 for four|147|run', '15 overs|15|over']);
  assert.deepEqual(qs('India slipped to 34 for three in the fifth over.'), ['34 for three|34|run']);
  assert.deepEqual(qs('They gave away 22 runs in the last five overs. South Africa finished on 169 for eight.').slice(-1), ['169 for eight|169|run']);
  // negatives: no innings near; more than ten wickets; a noun after the second figure
  assert.deepEqual(qs('The shop sold 300 for five on Monday.'), []);
  assert.deepEqual(qs('The team was 176 for 12 after the overs.').filter((q) => q.includes('run')), []);
  assert.deepEqual(qs('He bowled 120 for five dollars an over.').filter((q) => q.includes('run')), []);
});

test('a report that marks its US dollars apart ("US$314 million") writes the local dollar with a bare "$"', () => {
  const units = (text: string, places: Array<[string, number]>): string[] => {
    const q = findQuantities({ text, sentences: [], times: [] });
    currencyByCountry(q, places.map(([iso, n]) => ({ type: 'GPE', iso, mentions: Array.from({ length: n }, () => ({})) }) as unknown as Entity));
    return q.map((x) => `${x.value}|${x.unit}`);
  };
  assert.deepEqual(units('The bridge carries $400 million (US$314 million) in trade between Canada and the United States.', [['CA', 3], ['US', 1]]),
    ['400000000|CAD', '314000000|USD']);
  // negatives: the United States named and no US$ written; the local country not the report's first
  assert.deepEqual(units('The bridge carries $400 million in trade between Canada and the United States.', [['CA', 3], ['US', 1]]), ['400000000|USD']);
  assert.deepEqual(units('Washington pledged $400 million (US$400 million) to Canada.', [['US', 3], ['CA', 1]]), ['400000000|USD', '400000000|USD']);
});

test('two-word counted nouns from data (solar masses, tank cars), light years, and medals by their metal', () => {
  assert.deepEqual(qs('They merged into a black hole of 62 solar masses.'), ['62 solar masses|62|solar mass']);
  assert.deepEqual(qs('Crews burned chemicals from five tank cars.'), ['five tank cars|5|tank car']);
  assert.deepEqual(qs('The galaxy lies some 55 million light years from Earth.'), ['some 55 million light years|55000000|ly|APPROX']);
  assert.deepEqual(qs('The tally reached seven: one gold, two silver and four bronze.').slice(-3), ['one gold|1|medal', 'two silver|2|medal', 'four bronze|4|medal']);
  // negatives: a metal that goes on to its noun; a single-word count keeps its noun
  assert.deepEqual(qs('Thieves took two gold bars.'), ['two gold bars|2|bar']);
  assert.deepEqual(qs('The bank sold 40 silver coins.'), ['40 silver coins|40|coin']);
  assert.deepEqual(qs('Five cars came off the rails.'), ['Five cars|5|car']);
});

test('a range named so ("a range of …") sets limits: at least the first end, at most the second', () => {
  assert.deepEqual(qs('The Fed raised its rate to a range of between 5.25 per cent and 5.5 per cent.'),
    ['between 5.25 per cent|5.25|%|AT_LEAST', '5.5 per cent|5.5|%|AT_MOST']);
  assert.deepEqual(qs('The bank set a range of zero to 0.1 percent.').map((q) => q.split('|').pop()), ['AT_LEAST', 'AT_MOST']);
  // negatives: a range of a measure otherwise named keeps its MIN and MAX
  assert.deepEqual(qs('Estimates put growth between 5% and 10% this year.'), ['between 5%|5|%|MIN', '10%|10|%|MAX']);
  assert.deepEqual(qs('Waves of 3-5 metres hit the coast.').map((q) => q.split('|').pop()), ['MIN', 'MAX']);
});

test('South Asian digit grouping reads as one figure ("1,52,513", "2,50,000")', () => {
  assert.deepEqual(qs('Modi won Varanasi by 1,52,513 votes.'), ['1,52,513 votes|152513|vote']);
  assert.deepEqual(qs('The state has 1,20,000 teachers.'), ['1,20,000 teachers|120000|person']);
  // negatives: a list of small figures; a western grouping still reads as before
  assert.deepEqual(qs('Items 1,2 and 3 were dropped.'), []);
  assert.deepEqual(qs('The state has 120,000 teachers.'), ['120,000 teachers|120000|person']);
});

test('a bare figure after a possessive, or "against" after a count in favour, counts what the sentence counted', () => {
  assert.deepEqual(qs('He received 60.3 million votes, more than his rival\'s 58.2 million.'), ['60.3 million votes|60300000|vote', '58.2 million|58200000|vote']);
  assert.deepEqual(qs('Germany had 26 shots to Japan\'s 12, according to FIFA.'), ['26 shots|26|shot', '12|12|shot']);
  assert.deepEqual(qs('The motion passed with 101 votes in favour, six against and 10 abstentions.'),
    ['101 votes|101|vote', 'six|6|vote', '10 abstentions|10|abstention']);
  // negatives: no count before; a noun of its own; no side in favour
  assert.deepEqual(qs('Chelsea\'s 3 was enough.'), []);
  assert.deepEqual(qs('It cut 40 jobs, and Britain\'s 600 employees were told.'), ['40 jobs|40|job', '600 employees|600|person']);
  assert.deepEqual(qs('The court heard 12 cases, and ruled six against the state.').filter((q) => q.startsWith('six')), []);
});

test('a count referred back to past a bound cue ("compared with about 350") or an adverb before its verb ("22 formally applied")', () => {
  assert.deepEqual(qs('Crews took more than 2,600 calls, compared with about 350 on a normal day.'),
    ['more than 2,600 calls|2600|call|MORE_THAN', 'about 350|350|call|APPROX']);
  assert.deepEqual(qs('More than 40 countries showed interest, and 22 formally applied.'), ['More than 40 countries|40|country|MORE_THAN', '22|22|country']);
  // negatives: a figure with no count before; an adverb not followed by a verb form
  assert.deepEqual(qs('Prices rose, compared with about 350 on a normal day.'), []);
  assert.deepEqual(qs('More than 40 countries showed interest, and 22 only.').filter((q) => q.startsWith('22')), []);
});

test('a bound before the name of a scale bounds its value ("up to magnitude 7")', () => {
  assert.deepEqual(qs('People should stay alert for one of up to magnitude 7.'), ['up to magnitude 7|7|magnitude|AT_MOST']);
  assert.deepEqual(qs('An aftershock of at least magnitude 6 hit.'), ['at least magnitude 6|6|magnitude|AT_LEAST']);
  // negatives: no bound; a bound of another figure of the sentence
  assert.deepEqual(qs('A magnitude 7.8 quake struck.'), ['magnitude 7.8|7.8|magnitude']);
  assert.deepEqual(qs('A magnitude 6 quake struck at least 40 km away.'), ['magnitude 6|6|magnitude', 'at least 40 km|40|km|AT_LEAST']);
});
