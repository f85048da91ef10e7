// The hot paths made cheaper for date-dense text (word-trigger hits in typed arrays, the signal-word gate
// on the right of a time, one look for the day near a clock time) keep their answers.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pointSignalMod } from '../../../src/nlp/time/02-refine-signals.js';
import { wordHits } from '../../../src/nlp/time/word-triggers.js';
import { T_DIGIT, T_MONTH } from '../../../src/nlp/time/patterns.js';
import type { Cand } from '../../../src/nlp/time/cand.js';
import { checkCases, times } from './helpers.js';

/** A date candidate over the first occurrence of `span` in `text`. */
function cand(text: string, span: string, rule = 'date.year'): Cand {
  const start = text.indexOf(span);
  return { start, end: start + span.length, rule, priority: 2, resolve: () => undefined };
}

describe('time: dense text keeps its answers', () => {
  it('word-trigger hits list every digit run and every month word once, in order', () => {
    const text = 'On May 5, 2019 and 12 June 2020, and 7 more in 2021: MAY 30.';
    const d = Array.from(wordHits(T_DIGIT, text));
    const runs = [...text.matchAll(/\d+/g)].flatMap((m) => [m.index!, m.index! + m[0].length]);
    assert.deepEqual(d, runs);
    const mo = Array.from(wordHits(T_MONTH, text));
    assert.deepEqual(mo.length, 6, 'May, June, MAY: three words, start and end each');
    assert.equal(text.slice(mo[0]!, mo[1]!), 'May');
    assert.equal(text.slice(mo[4]!, mo[5]!), 'MAY');
    // a text without triggers: no hits (not an error)
    assert.equal(wordHits(T_DIGIT, 'no numbers here').length, 0);
  });

  it('many hits grow the lists without losing any', () => {
    const text = '7 '.repeat(5000);
    assert.equal(wordHits(T_DIGIT, text).length, 10000);
  });

  it('a bound after the time is read past a comma and any spaces, and only before "or"/"on"/"and"', () => {
    const cases: Array<[string, string, string | undefined]> = [
      ['The mine closed in 1985 or so.', '1985', 'APPROX'],
      ['The mine closed in 1985, or so they say.', '1985', 'APPROX'],
      ['The mine closed in 1985\tor so.', '1985', 'APPROX'],
      ['From 2021 onwards, prices rose.', '2021', 'ON_OR_AFTER'],
      ['from 2021 and beyond', '2021', 'ON_OR_AFTER'],
      ['Tickets bought in 2018 or earlier are void.', '2018', 'ON_OR_BEFORE'],
      ['Tickets bought in 2018 or later are valid.', '2018', 'ON_OR_AFTER'],
      // negatives: no bound word right after, or a possessive
      ['The mine closed in 1985 and reopened.', '1985', undefined],
      ['The mine closed in 1985; or so we thought.', '1985', undefined],
      ['The mine closed in 1985orso.', '1985', undefined],
      ["After 2020's vote, or so.", '2020', undefined],
    ];
    for (const [text, span, mod] of cases) assert.equal(pointSignalMod(text, cand(text, span)), mod, text);
  });

  it('a possessive time keeps no signal mod, whichever apostrophe', () => {
    for (const text of ["before Monday's vote", 'before Monday’s vote']) {
      assert.equal(pointSignalMod(text, cand(text, 'Monday', 'relative.weekday')), undefined, text);
    }
    // a span that itself ends in the possessive
    const t = "before Monday's vote";
    assert.equal(pointSignalMod(t, cand(t, "Monday's", 'relative.weekday')), undefined);
    assert.equal(pointSignalMod('before Monday, the vote', cand('before Monday, the vote', 'Monday', 'relative.weekday')), 'BEFORE');
  });

  it('a clock time takes the day named in its sentence, not one across a sentence end', () => {
    checkCases('2023-09-11', [
      ['The blast came at 9:30 a.m. on Tuesday, Sept. 5.', '9:30 a.m. on Tuesday, Sept. 5', '2023-09-05T09:30', 'TIME'],
      ['It ended on Sept. 5. At 9:30 a.m. the roads reopened.', '9:30 a.m.', '2023-09-05T09:30', 'TIME'],
    ], assert.equal);
    // the same clock time asked twice (own day? then its value) in a row of clock times
    const ts = times('Trains left at 10:15 and 11:00 on September 5, 2023.', '2023-09-11');
    assert.deepEqual(ts.filter((t) => t.type === 'TIME').map((t) => t.value), ['2023-09-05T10:15', '2023-09-05T11:00']);
  });
});

describe('time: a clock time finds its day past abbreviation dots', () => {
  it('the dots of a.m./p.m., initialisms and month abbreviations end no sentence', () => {
    checkCases('2023-09-11', [
      ['Trains left at 10:15 a.m. and 11:00 a.m. on Sept. 5, 2023.', '10:15 a.m.', '2023-09-05T10:15', 'TIME'],
      ['Polls closed at 8 p.m. U.S. Eastern time on Tuesday.', '8 p.m.', '2023-09-05T20:00', 'TIME'],
      ['Crowds gathered at 7 a.m. and by Sept. 2 the square was full.', '7 a.m.', '2023-09-02T07:00', 'TIME'],
    ], assert.equal);
  });
  it('a real sentence end still separates them (negatives)', () => {
    checkCases('2023-09-11', [
      // the clock's own closing dot, then a capitalised word: a new sentence
      ['The crowd left at 9 p.m. Later, on Sept. 2, it was calm.', '9 p.m.', '2023-09-11T21:00', 'TIME'],
      // an initialism closing a sentence before "The"
      ['It was 9 a.m. in the U.S. The talks began on Sept. 2.', '9 a.m.', '2023-09-11T09:00', 'TIME'],
      ['Doors open at 9 a.m. Tickets for Sept. 20 are sold out.', '9 a.m.', '2023-09-11T09:00', 'TIME'],
    ], assert.equal);
  });
});
