import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { times } from './helpers.js';

const PUB = '2023-09-11';

/** Text, and the substring that must NOT be tagged as a time. */
const NOT_TIMES: [string, string][] = [
  ['The road is 1,180 km long.', '1,180'],
  ['The storm dropped 152mm of rain.', '152mm'],
  ['The motion passed with 2019 votes in favour.', '2019'],
  ['Apollo 11 landed on the moon.', 'Apollo 11'],
  ['A Boeing 747 landed at the airport.', '747'],
  ['COVID-19 cases rose sharply.', 'COVID-19'],
  ['She told the Sunday Times she would stay.', 'Sunday'],
  ['Officials may visit the site.', 'may'],
  ['May the best team win.', 'May'],
  ['Protesters march on parliament every week; they will March again.', 'March'],
  ['Theresa May spoke to reporters.', 'May'],
  ['The 45-year-old man was arrested.', '45-year-old'],
  ['The victim, 45 years old, died in hospital.', '45 years old'],
  ['Flight 1549 landed on the Hudson.', '1549'],
  ['Security Council Resolution 2254 calls for talks.', '2254'],
  ['He earned $2019 in tips.', '2019'],
  ['About 3,000 people and 1500 soldiers were deployed.', '1500'],
  ['The daily newspaper printed 2000 copies.', '2000'],
  ['The leaves fall in the wind.', 'fall'],
  ['April Ryan asked a question.', 'April'],
  ['Three-quarters of the vote was counted.', 'quarters'],
  ['Less than a quarter of Clinton’s donors gave more.', 'quarter'],
  ['A survey of 1709 schoolchildren was run.', '1709'],
  ['It continues a 2000 year old tradition.', '2000'],
  ['He told LA Weekly in a statement.', 'Weekly'],
  ['Illustrator Johnnie Christmas signed books.', 'Christmas'],
  ['It happens every now and then.', 'now'],
  ['He handles day-to-day operations.', 'day'],
  ['The now-defunct firm closed.', 'now'],
];

describe('time: negative cases (not times)', () => {
  for (const [text, needle] of NOT_TIMES) {
    it(`"${needle}" in: ${text}`, () => {
      const i = text.indexOf(needle);
      assert.ok(i >= 0, 'test bug');
      const hit = times(text, PUB).find((t) => t.start < i + needle.length && i < t.end);
      assert.equal(hit, undefined, `tagged ${JSON.stringify(hit)}`);
    });
  }
});
