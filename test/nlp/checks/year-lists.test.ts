import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { yearListChecks } from '../../../src/nlp/checks/yearLists.js';

// A count of occasions against the years that date them. Invented sentences.
const read = (t: string) => yearListChecks(t, [[0, t.length]]).map((c) => `${c.status} ${(c as { rule?: string }).rule}`);
const sentences = (t: string): Array<[number, number]> => {
  const out: Array<[number, number]> = [];
  let at = 0;
  for (const m of t.matchAll(/[^.]+\.\s*/g)) { out.push([at, at + m[0].length]); at += m[0].length; }
  return out;
};
const readAll = (t: string) => yearListChecks(t, sentences(t)).map((c) => `${c.status} ${(c as { rule?: string }).rule}`);

test('a count of occasions and the years listed after it, in one clause', () => {
  assert.deepEqual(read('She lost in three major finals: the 2011 Open and the Masters finals of 2013 and 2016.'), ['CONSISTENT checks:count:year-list']);
  assert.deepEqual(read('The previous three, in 2009, 2012 and 2015, were smaller.'), ['CONSISTENT checks:count:year-list']);
  assert.deepEqual(read('The province held two referendums, in 1980 and 1995, on leaving.'), ['CONSISTENT checks:count:year-list']);
});

test('years that are not the counted occasions, or of another number: nothing', () => {
  // people are not occasions dated one by one
  assert.deepEqual(read('Three people were killed in 2019, 2020 and 2021.'), []);
  // a list of another size may date only some of them: no mismatch is told
  assert.deepEqual(read('He won four titles, in 2001 and 2004.'), []);
  // another figure between the count and the years: the years are not the list
  assert.deepEqual(read('The previous three, with 40 deaths in 2009, 2012 and 2015, were worse.'), []);
  // a sentence break before the years
  assert.deepEqual(read('There were two elections; turnout fell in 2015 and 2019.'), []);
  // a year repeated is one occasion, not two
  assert.deepEqual(read('The club won three titles, in 2001, 2001 and 2004.'), []);
});

test('an N-time title and the years the name won, across sentences', () => {
  assert.deepEqual(readAll('Oman beat four-time champion Peru 2-1. Peru, winners in 1961, 1977, 1992 and 2008, had led.'), ['CONSISTENT checks:count:n-time-years']);
  assert.deepEqual(readAll('Peru, the three-time winners, lost. Peru won the cup in 1961, 1977 and 1992.'), ['CONSISTENT checks:count:n-time-years']);
  // another name's years, or a different count of them: nothing
  assert.deepEqual(readAll('Oman beat four-time champion Peru 2-1. Chile, winners in 1961, 1977, 1992 and 2008, had led.'), []);
  assert.deepEqual(readAll('Oman beat five-time champion Peru 2-1. Peru, winners in 1961, 1977, 1992 and 2008, had led.'), []);
  // years the name did something else in
  assert.deepEqual(readAll('Oman beat four-time champion Peru 2-1. Peru hosted in 1961, 1977, 1992 and 2008.'), []);
});

test('property: a count of n finals with n distinct years agrees, with n + 1 it does not', () => {
  const words = ['two', 'three', 'four', 'five', 'six'];
  fc.assert(fc.property(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 1900, max: 2000 }), (n, y0) => {
    const years = Array.from({ length: n }, (_, i) => String(y0 + 3 * i));
    const list = `${years.slice(0, -1).join(', ')} and ${years[n - 1]}`;
    const ok = read(`They reached ${words[n - 2]} finals, in ${list}.`);
    const off = n < 6 ? read(`They reached ${words[n - 1]} finals, in ${list}.`) : [];
    return ok.length === 1 && off.length === 0;
  }));
});

test('an N-time title names only a capitalised name after it (review finding 8)', () => {
  // lower-case words after the title are no name (the 'i' flag let \p{Lu} match them)
  assert.deepEqual(read('The two-time champions were stunned by Spain, winners in 2008 and 2012, on Sunday.'), []);
  assert.deepEqual(read('The three-time winners lost to Italy, winners in 1982, 2006 and 2021, in the final.'), []);
  // a capitalised name still is one, and the count word may open the sentence
  assert.deepEqual(read('The two-time champions Spain, winners in 2008 and 2012, lost.'), ['CONSISTENT checks:count:n-time-years']);
  assert.deepEqual(read('Two-time champion Spain, winners in 2008 and 2012, lost.'), ['CONSISTENT checks:count:n-time-years']);
});

test('a count opens its years only before a capital, a digit or an opening word (review finding 8)', () => {
  // "in"/"of"/"from"/"the"/a capital/a digit may follow; the 'i' flag let any lower-case word through as a capital
  assert.deepEqual(read('They won two finals, losing more in 2008 and 2012.'), []);
  assert.deepEqual(read('They won two finals: Italy in 2008 and 2012.'), ['CONSISTENT checks:count:year-list']);
  assert.deepEqual(read('Two referendums, in 1980 and 1995, failed.'), ['CONSISTENT checks:count:year-list']);
});
