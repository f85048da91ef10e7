// Candidates of the frequent rules keep their data on themselves and resolve through one shared method
// (no closure per candidate: on date-dense text ~100k closures and their contexts were mostly garbage work).
// The values they resolve to are unchanged, and each resolution is a fresh object callers may adjust.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findCandidates } from '../../../src/nlp/time/index.js';
import { mergeClockDay } from '../../../src/nlp/time/02-refine-merge.js';
import { FixedCand, type Ctx } from '../../../src/nlp/time/cand.js';
import { checkCases } from './helpers.js';

const SHARED_RULES = ['date.month-day', 'date.day-month', 'date.iso', 'date.numeric', 'date.year', 'date.year-range',
  'date.month-year', 'period.decade', 'clock.24h', 'clock.12h', 'clock.part-of-day', 'duration.count', 'duration.bounded',
  'set.every', 'ref.now'];

const ctx: Ctx = { text: '', anchor: { y: 2023, m: 9, d: 11 }, tense: () => undefined };

describe('time: candidates without per-candidate closures', () => {
  it('the frequent rules resolve through a shared method, not an own function', () => {
    const text = 'On May 12, 1998-07-04 at 13:45 and 3/4/2021, 10 June, in 2019-20, June 2022, the 1990s, 7 p.m. in the morning. Now it ran for three years, more than two weeks, every week.';
    const cands = findCandidates(text);
    const seen = new Set<string>();
    for (const c of cands) {
      if (!SHARED_RULES.includes(c.rule)) continue;
      seen.add(c.rule);
      assert.equal(Object.hasOwn(c, 'resolve'), false, `${c.rule} "${text.slice(c.start, c.end)}" holds its own closure`);
    }
    assert.deepEqual([...seen].sort(), [...SHARED_RULES].sort());
  });

  it('a fixed candidate gives a fresh object each time (a caller adjusting one does not change the next)', () => {
    const c = new FixedCand(0, 7, 'date.year-range', 2, 'DATE', '2019', undefined, '2019', '2020');
    const a = c.resolve();
    a.value = '2018';
    a.range!.to = '2021';
    const b = c.resolve();
    assert.notEqual(a, b);
    assert.deepEqual(b, { type: 'DATE', value: '2019', range: { from: '2019', to: '2020' } });
    // no range and no mod when none was given (not keys set to undefined)
    assert.deepEqual(new FixedCand(0, 4, 'date.year', 2, 'DATE', '2019').resolve(), { type: 'DATE', value: '2019' });
    assert.equal('mod' in new FixedCand(0, 4, 'date.year', 2, 'DATE', '2019').resolve(), false);
  });

  it('a month-day, numeric or clock candidate still reads the context when resolved', () => {
    const text = 'Talks on Sept. 10 and 3/4/2021 at 13:45 last Oct. 23.';
    const byRule = (r: string) => findCandidates(text).find((c) => c.rule === r)!;
    const md = byRule('date.month-day');
    assert.equal(md.resolve(ctx, md)?.value, '2023-09-10');
    assert.equal(md.resolve({ ...ctx, anchor: undefined }, md)?.value, 'XXXX-09-10');
    const num = byRule('date.numeric');
    assert.equal(num.resolve({ ...ctx, dayFirst: true }, num)?.value, '2021-04-03');
    assert.equal(num.resolve({ ...ctx, dayFirst: false }, num)?.value, '2021-03-04');
    const clock = byRule('clock.24h');
    assert.equal(clock.resolve({ ...ctx, lastDay: '2023-09-10' }, clock)?.value, '2023-09-10T13:45');
    assert.equal(clock.resolve(ctx, clock)?.value, '2023-09-11T13:45');
  });

  it('a clock time merged with its day resolves on that day without a closure of its own', () => {
    const text = 'Polls open at 9 a.m. Sept. 12 and close at 8 p.m.';
    const merged = mergeClockDay(text, findCandidates(text).filter((c) => c.rule !== 'date.year').sort((x, y) => x.start - y.start));
    const m = merged.find((c) => c.rule === 'clock.12h+day')!;
    assert.equal(text.slice(m.start, m.end), '9 a.m. Sept. 12');
    assert.equal(Object.hasOwn(m, 'resolve'), false);
    assert.equal(m.resolve(ctx, m)?.value, '2023-09-12T09:00');
    // the lone clock time is not merged and takes the last day mentioned
    const lone = merged.find((c) => c.rule === 'clock.12h')!;
    assert.equal(lone.resolve({ ...ctx, lastDay: '2023-09-12' }, lone)?.value, '2023-09-12T20:00');
    // a clock part that is no shared-method candidate still gets the day through the context
    const a = { start: 0, end: 4, rule: 'clock.test', priority: 5, resolve: (c: Ctx) => ({ type: 'TIME' as const, value: `${c.dayNear?.(0, 4)}T05` }) };
    const t = 'dawn Sept. 12';
    const day = findCandidates(t).find((c) => c.rule === 'date.month-day')!;
    const [md] = mergeClockDay(t, [a, day]);
    assert.equal(md!.resolve(ctx, md!)?.value, '2023-09-12T05');
  });

  it('values through the stage are unchanged', () => {
    checkCases('2023-09-11', [
      ['The talks ran Sept. 10-13.', 'Sept. 10-13', '2023-09-10', 'DATE'],
      ['He left last Oct. 23.', 'Oct. 23', '2022-10-23', 'DATE'],
      ['Filed 3/14/2021 in court.', '3/14/2021', '2021-03-14', 'DATE'],
      ['In 2019-20 sales fell.', '2019-20', '2019', 'DATE'],
      ['Shops shut by the late evening.', 'the late evening', '2023-09-11TEV', 'TIME', 'END'],
      ['The market opened at 9:30 GMT.', '9:30 GMT', '2023-09-11T09:30', 'TIME'],
      ['Music of the 1990s returned.', 'the 1990s', '199', 'DATE'],
      ['It lasted more than two weeks.', 'more than two weeks', 'P2W', 'DURATION', 'MORE_THAN'],
      ['Buses leave every week.', 'every week', 'P1W', 'SET'],
      ['Polls open at 9 a.m. Tuesday.', '9 a.m. Tuesday', '2023-09-12T09:00', 'TIME'],
    ], assert.equal);
  });
});
