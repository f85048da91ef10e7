// A mention that reads a state going on ("70 were still missing on Monday", "remained missing", "still burning on
// Friday") dates the reading, not the event: its time goes to no time fact of the event, so readings on Saturday,
// Sunday and Monday are no contradiction of when the people went missing. Hand-built analyses; reference date 2015-08-17.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fx } from '../store/fixtures.js';
import { buildStory, stateReading, type StoryDoc } from '../../src/story/build.js';
import type { Analysis } from '../../src/core/types.js';

const sd = (a: Analysis): StoryDoc => ({ a, row: { id: a.document.id, outlet: a.document.outlet, title: a.document.title, publishedAt: a.document.publishedAt } });
const at = (text: string, word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });

test('stateReading: still, remained, continued to be right before the trigger; not a plain past or a cue further away', () => {
  for (const t of ['70 people were still missing on Monday', '70 remained missing', 'were still officially missing', 'continued to be missing', 'the fire was still burning'])
    assert.ok(stateReading(t, at(t, t.includes('burning') ? 'burning' : 'missing')), t);
  for (const t of ['70 people went missing on Monday', 'he will remain in office after the missing', 'still, the search for the missing', 'remained calm as the fire spread'])
    assert.ok(!stateReading(t, at(t, t.includes('fire') ? 'fire' : 'missing')), t);
  // a trigger at the start of a text has nothing before it
  fc.assert(fc.property(fc.stringMatching(/^[a-z]{1,12}$/), (w) => !stateReading(`${w} rest`, { start: 0, end: w.length })));
});

test('stateReading: a bare "still" is a state only before a trigger in -ing; before a past verb it dates the event', () => {
  for (const t of ['Despite the truce, Israel still struck Gaza on Tuesday', 'the rebels still attacked the convoy', 'the army still killed 20 people'])
    assert.ok(!stateReading(t, at(t, t.split(' ').find((w) => /(?:struck|attacked|killed)$/.test(w))!)), t);
  for (const t of ['Dozens still missing after the floods', 'fires still burning near the town', "they're still trapped under the rubble"])
    assert.ok(stateReading(t, at(t, t.split(' ').find((w) => /(?:missing|burning|trapped)$/.test(w))!)), t);
  // property: words before, then "still" and a past verb: no state; a form of "be" before "still": a state
  const words = fc.array(fc.stringMatching(/^[a-z]{2,8}$/).filter((w) => !/^(?:am|is|are|was|were|be|been|being|still|remains?|remained|remaining)$/.test(w)), { minLength: 1, maxLength: 5 });
  fc.assert(fc.property(words, fc.constantFrom('struck', 'killed', 'hit', 'attacked', 'fired'), (ws, v) => {
    const t = `${ws.join(' ')} still ${v} the town`;
    const i = t.lastIndexOf(` ${v} `) + 1;
    return !stateReading(t, { start: i, end: i + v.length });
  }));
  fc.assert(fc.property(words, fc.constantFrom('was', 'were', 'is', 'are'), fc.constantFrom('trapped', 'missing', 'closed', 'burning'), (ws, be, p) => {
    const t = `${ws.join(' ')} ${be} still ${p} on Monday`;
    const i = t.lastIndexOf(` ${p} `) + 1;
    return stateReading(t, { start: i, end: i + p.length });
  }));
});

const missing = (outlet: string, day: string, text: string, when: string, value: string) => fx({ text, publishedAt: day, outlet,
  entities: [{ name: 'Tianjin', type: 'GPE' }], times: [{ text: when, value }],
  events: [{ type: 'MISSING', trigger: 'missing', args: { location: ['e1'], time: [0] } }] });

test('readings of the missing on three days give no contradiction of when they went missing; two days they went missing do', () => {
  const s = buildStory('s', [
    sd(missing('AFP', '2015-08-15', 'In Tianjin 95 firefighters were still missing on Friday.', 'Friday', '2015-08-14')),
    sd(missing('Xinhua', '2015-08-16', 'In Tianjin 85 firefighters were still missing on Saturday.', 'Saturday', '2015-08-15')),
    sd(missing('Kyodo', '2015-08-17', 'In Tianjin 70 people remained missing on Sunday.', 'Sunday', '2015-08-16')),
  ]);
  const ev = s.events.find((e) => e.type === 'MISSING')!;
  const tf = s.facts.find((f) => f.subject === ev.id && f.attribute === 'time');
  assert.ok(!tf || tf.consistent, JSON.stringify(tf));
  // the day they went missing, told two ways, is a time fact, and a contradiction
  const s2 = buildStory('s', [
    sd(missing('AFP', '2015-08-17', 'In Tianjin 85 firefighters went missing on Saturday.', 'Saturday', '2015-08-15')),
    sd(missing('Kyodo', '2015-08-17', 'In Tianjin 70 people went missing on Thursday.', 'Thursday', '2015-08-13')),
  ]);
  const ev2 = s2.events.find((e) => e.type === 'MISSING')!;
  const tf2 = s2.facts.find((f) => f.subject === ev2.id && f.attribute === 'time');
  assert.ok(tf2 && !tf2.consistent, JSON.stringify(tf2));
});
