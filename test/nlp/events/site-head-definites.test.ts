// "the cave", "the dam": a named site or area of the last few sentences whose name ends in the word, when it is the
// only such site; not "the cave's entrance", "the cave of …". Sentences written for these tests; entities hand-built.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, argNames, allNames, type EntSpec } from './helpers.js';

const person = (name: string): EntSpec => ({ name, type: 'PERSON' });
const fac = (name: string): EntSpec => ({ name, type: 'FAC' });
const gpe = (name: string): EntSpec => ({ name, type: 'GPE' });

test('"the cave", "the dam" stand for the one recently named site whose name ends in the word', () => {
  const ents = [person('Lena Holt'), fac('Pha Daeng cave'), fac('Ruvo Dam'), fac('Kessa Dam'), gpe('Laos')];
  const { doc, evs } = eventsOf('Six hikers were stranded in the Pha Daeng cave in Laos. Lena Holt visited the cave on Friday.', ents);
  const v = evs.filter((e) => e.trigger.text === 'visited');
  assert.ok(v.length && v.some((e) => allNames(doc, e).includes('Pha Daeng cave')), JSON.stringify(v.map((e) => argNames(doc, e))));
  // two named dams: "the dam" stands for neither
  const two = eventsOf('Engineers inspected the Ruvo Dam and the Kessa Dam. Lena Holt visited the dam on Friday.', ents);
  const tv = two.evs.filter((e) => e.trigger.text === 'visited');
  assert.ok(tv.every((e) => !allNames(two.doc, e).some((n) => /Dam$/.test(n))), JSON.stringify(tv.map((e) => argNames(two.doc, e))));
});

test('negative: "the cave\'s entrance" and "the cave of …" are not the named cave', () => {
  const ents = [person('Lena Holt'), fac('Pha Daeng cave')];
  const own = eventsOf('Six hikers were stranded in the Pha Daeng cave. Lena Holt visited the cave of Tham Sua.', ents);
  const ov = own.evs.filter((e) => e.trigger.text === 'visited');
  assert.ok(ov.length && ov.every((e) => !allNames(own.doc, e).includes('Pha Daeng cave')), JSON.stringify(ov.map((e) => argNames(own.doc, e))));
  const gate = eventsOf("Six hikers were stranded in the Pha Daeng cave. Lena Holt visited the cave's entrance.", ents);
  const gv = gate.evs.filter((e) => e.trigger.text === 'visited');
  assert.ok(gv.length && gv.every((e) => !allNames(gate.doc, e).includes('Pha Daeng cave')), JSON.stringify(gv.map((e) => argNames(gate.doc, e))));
});
