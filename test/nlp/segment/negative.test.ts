// Things that must NOT split a sentence or a token, and things that must not be taken for a
// headline, byline or dateline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceKinds, sentenceTexts, tokenTexts } from './helpers.js';

const ONE_SENTENCE: [string, string][] = [
  ['title before name', 'Mrs. Ada Obi met Prof. Ken Ito and Ms. Rae.'],
  ['dotted country', 'U.S. and U.K. and U.N. officials met.'],
  ['month and day', 'The deadline is Feb. 28 and the vote Dec. 1.'],
  ['No. and number', 'Route No. 9 was closed.'],
  ['initials chain', 'The poet T. S. Eliot and E. B. White were cited.'],
  ['decimal money', 'Costs hit $3.25 billion, or 1.2bn euros, said Oxfam.'],
  ['ellipsis before lower case', 'He paused... and then spoke.'],
  ['quote with comma and verb', '“It is over,” said the mayor, adding nothing.'],
  ['question quote and lower verb', '“Is it safe?” asked one resident.'],
  ['abbreviation before digit', 'In the U.S. 40 states agreed.'],
  ['abbreviation before lower case', 'Bring tents, etc. and plenty of water.'],
  ['period before comma inside quote', 'He said "No." , then left.'],
  ['url with path and dots', 'Read https://example.org/a.b/c.html?x=1.2 now.'],
  ['email address', 'Contact press.office@example.gov.uk for comment.'],
  ['domain', 'It ran on Example.com and news.example.net today.'],
  ['time and date', 'At 10:30 on 11.09.2023 it ended.'],
  ['single newline mid-sentence, lower case', 'The river rose\nfaster than expected.'],
  ['single newline after comma', 'The river rose,\nFlooding the town.'],
  ['single newline after preposition', 'He flew to\nParis on Monday.'],
  ['exclamation before comma', 'Yahoo!, the site, was sold.'],
  ['Washington-based is not a dateline', 'WASHINGTON-based groups protested.'],
];

for (const [name, text] of ONE_SENTENCE) {
  test(`one sentence: ${name}`, () => assert.deepEqual(sentenceTexts(text), [text]));
}

const ONE_TOKEN: [string, string][] = [
  ['hyphenated name', 'Jong-un'],
  ['compound', 'then-US'],
  ['abbreviation', 'U.S.'],
  ['decimal', '71.4'],
  ['thousands', '250,000'],
  ['version', '3.0.1'],
  ['url', 'https://example.org/path?q=1&r=2'],
  ['email', 'a.b@example.com'],
  ['model number', 'F-16'],
  ['dotted unit', 'km/h'],
  ['ISO date', '2023-09-11'],
  ['apostrophe name', "O'Neill"],
  ['decade', '’90s'],
  ['ellipsis', '...'],
  ['question run', '?!'],
];

for (const [name, text] of ONE_TOKEN) {
  test(`one token: ${name}`, () => assert.deepEqual(tokenTexts(text), [text]));
}

test('a body sentence starting with "By" is not a byline', () => {
  const k = sentenceKinds('Rain kept falling\nBy Monday, the river was over its banks, officials said.');
  assert.equal(k[1].split(':')[0], 'BODY');
});

test('a lone line ending in a full stop is not a headline', () => {
  const k = sentenceKinds('The dam gave way.\nWater flooded the valley.');
  assert.deepEqual(k.map((x) => x.split(':')[0]), ['BODY', 'BODY']);
});

test('a single line of text is body, not headline', () => {
  assert.deepEqual(sentenceKinds('Floods hit the coast'), ['BODY:Floods hit the coast']);
});

test('a sentence-initial capitalised word after a period is not glued to it', () => {
  assert.deepEqual(tokenTexts('end.Next'), ['end', '.', 'Next']);
});

test('Washington-based: no dateline', () => {
  assert.ok(sentenceKinds('WASHINGTON-based groups protested.').every((k) => k.startsWith('BODY')));
});

test('hard-wrapped wire copy: newlines are spaces', () => {
  const line = 'The committee said on Tuesday that it would examine the proposals';
  const text = `${line} in\ndetail before a final decision, which is expected in the\nspring, according to three people who attended the closed\nmeeting at the ministry.`;
  assert.equal(sentenceTexts(text).length, 1);
});

test('hard-wrapped document: a short two-line paragraph wrapped before a capital stays one sentence', () => {
  const para = (a: string, b: string) => `${a}\n${b}`;
  const text = [
    para('The regional council said on Tuesday that the new bridge over the', 'river would open to traffic in the spring, two years behind schedule.'),
    para('Engineers blamed the delay on flooding that hit the building site near', 'Springfield twice last winter and on a shortage of steel beams.'),
    para('Local businesses, which had campaigned for the crossing since 2015, said', 'they were relieved. The mayor thanked the crews from the New York\nTimes.'),
  ].join('\n\n');
  const sents = sentenceTexts(text);
  assert.equal(sents.length, 4, JSON.stringify(sents));
  assert.equal(sents[3], 'The mayor thanked the crews from the New York\nTimes.');
});

test('hard-wrapped document: a title line followed by a date line still splits', () => {
  const body = 'The regional council said on Tuesday that the new bridge over the\nriver would open to traffic in the spring, two years behind schedule.\nEngineers blamed the delay on flooding that hit the construction site\ntwice last winter and on a shortage of steel beams from suppliers.';
  const text = `New bridge delayed again\nTuesday, March 5, 2019\n\n${body}`;
  const sents = sentenceTexts(text);
  assert.deepEqual(sents.slice(0, 2), ['New bridge delayed again', 'Tuesday, March 5, 2019']);
  assert.equal(sents.length, 4);
});

test('empty and blank input give no sentences or tokens', () => {
  assert.deepEqual(sentenceTexts(''), []);
  assert.deepEqual(sentenceTexts('   \n\n  '), []);
  assert.deepEqual(tokenTexts(' \t\n'), []);
});
