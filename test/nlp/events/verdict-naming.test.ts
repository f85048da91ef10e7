// A noun naming what a speaker calls its object ("called the plan a disaster", "described the bill as a catastrophe") is
// the speaker's verdict, no event of its own (triggers.ts verdictComplement); a declared or called-for disaster still is.
// Sentences written for these tests, whole pipeline; reference date pinned.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../src/analyze.js';

const META = { publishedAt: '2024-03-05' };
const events = (text: string) => {
  const a = analyze({ text }, META);
  const name = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.events.map((e) => ({ type: e.type, trigger: e.trigger.text, rule: e.rule ?? '',
    names: Object.entries(e.args).filter(([r]) => r !== 'time').flatMap(([, ids]) => (ids as Array<string | number>).map((i) => name.get(String(i)) ?? String(i))) }));
};
const has = (text: string, type: string, who?: string): boolean =>
  events(text).some((e) => e.type === type && (!who || e.names.includes(who)));
const show = (text: string): string => JSON.stringify(events(text).map((e) => [e.type, e.trigger, e.names, e.rule]));

test('a noun naming what a speaker calls its object is no event; a declared or called-for disaster still is', () => {
  for (const t of ['Greenpeace called the plan a disaster.', 'Critics branded the merger a disaster for consumers.',
    'Senator Bernie Sanders described the bill as a total catastrophe.']) assert.ok(!has(t, 'DISASTER'), t + ' ' + show(t));
  for (const t of ['Officials called for a disaster declaration in Kerala.', 'The governor declared a disaster in 20 counties.',
    'The earthquake was a disaster for the region.', 'Officials called it the worst disaster in decades.']) assert.ok(has(t, 'DISASTER'), t + ' ' + show(t));
});
