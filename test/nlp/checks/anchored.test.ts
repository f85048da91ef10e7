import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execAnchored } from '../../../src/nlp/checks/anchored.js';

// execAnchored must give exactly the matches of the plain exec loop. Sentences written for this test.
const all = (re: RegExp, text: string, anchor?: RegExp): string[] => {
  const out: string[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = anchor ? execAnchored(re, anchor, text) : re.exec(text)) !== null) out.push(`${m.index}:${m.slice(0).join('|')}`);
  assert.equal(re.lastIndex, 0);
  return out;
};

const DUR = /\b(?:(just over|more than|about)\s+)?(\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(?:full\s+|long\s+)?years?\b(\s+(?:ago|later))?/gi;
const TEXTS = [
  'The mill, founded just over twenty-five years ago, closed. Its owner spent more than 12 full years abroad; about three YEARS later he returned.',
  'Last year, this year and next year: three years.\nA 40-year-old man, years of war, yearly reports, (five years).',
  'No unit word here at all, only 2019 and 2020.',
  'Years ago\u00a0ten\u2003years later — "six years" — mid-years, x-y years, ten  years.',
  'Half a year is not a number, nor is année; ninety\u2028years is.',
  '',
];

test('execAnchored: the same matches, groups and indices as exec over the whole text', () => {
  for (const text of TEXTS) assert.deepEqual(all(DUR, text, /year/gi), all(DUR, text), text);
  const AGO = /\b(\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(days?|weeks?)\s+ago\b/gi;
  const t = 'Two weeks ago, on a Monday, and 10 days ago; a day ago; weekday weeks ago; today.';
  assert.deepEqual(all(AGO, t, /day|week/gi), all(AGO, t));
  assert.ok(all(AGO, t).length >= 3);
});

test('execAnchored: a pattern with other characters before its anchor breaks the precondition (and the result shows it)', () => {
  // a comma before the anchor inside the match: the run before "years" starts after the comma, so "1,000" is missed
  const COMMA = /\b\d{1,3},\d{3}\s+years\b/g;
  const t = 'It took 1,000 years.';
  assert.deepEqual(all(COMMA, t), ['8:1,000 years']);
  assert.notDeepEqual(all(COMMA, t, /years/g), all(COMMA, t));
});
