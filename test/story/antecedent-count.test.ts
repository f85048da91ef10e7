// "More than 100 of those girls are still missing" after "… the 2014 abduction of 276 schoolgirls … from the town of
// Chibok": the figure is the older event's, at its place, and no reading of the story's own missing count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { antecedentCount } from '../../src/story/build.js';
import { story } from './helpers.js';

const BACKGROUND = 'The attack revived memories of the 2014 abduction of 276 schoolgirls by jihadists from the town of Chibok in northeastern Borno state. More than 100 of those girls are still missing.';

test('antecedentCount: "of those <noun>" points to the count of that noun one or two sentences back', () => {
  const a = analyze(BACKGROUND, { publishedAt: '2020-12-12' });
  const q = a.quantities!.find((x) => x.value === 100)!;
  const sent = a.sentences!.find((s) => s.start <= q.start && q.end <= s.end)!;
  const ante = antecedentCount(a, sent, a.document.text.slice(q.end, sent.end));
  assert.ok(ante, 'the schoolgirls of the sentence before');
  assert.equal(a.document.text.slice(ante.q.start, ante.q.end), '276 schoolgirls');
});

test('antecedentCount: no demonstrative, no noun, or no matching count before: nothing', () => {
  const a = analyze('Gunmen seized 276 schoolgirls from the town of Chibok. More than 100 of them are still missing. Some 50 of the girls escaped. Ten of those boys fled.', { publishedAt: '2020-12-12' });
  const text = a.document.text;
  for (const v of [100, 50, 10]) {
    const q = a.quantities!.find((x) => x.value === v);
    if (!q) continue;
    const sent = a.sentences!.find((s) => s.start <= q.start && q.end <= s.end)!;
    assert.equal(antecedentCount(a, sent, text.slice(q.end, sent.end)), undefined, `${v}: no antecedent`);
  }
});

test('story: an older event\'s "100 of those girls are still missing" stays that event\'s, at its own place', () => {
  const s = story([
    ['Reuters', '2020-12-12', `Gunmen abducted hundreds of boys from a school in Kankara in Katsina state on Friday night, police said. Some 333 students are missing, the governor said on Sunday. ${BACKGROUND}`],
    ['AFP', '2020-12-14', 'The governor of Katsina state said on Monday that 333 boys remained missing after the attack on the school in Kankara.'],
  ]);
  const missing = s.facts.filter((f) => /missing/.test(f.attribute));
  const kankara = missing.find((f) => f.subject === 'Kankara' && f.attribute === 'missing');
  assert.ok(kankara, `Kankara's missing count: ${JSON.stringify(missing.map((f) => [f.subject, f.attribute]))}`);
  assert.ok(!kankara.values.some((v) => v.value === 100), 'the Chibok figure is no reading of Kankara\'s missing');
  const chibok = missing.find((f) => f.subject === 'Chibok');
  assert.ok(chibok, 'the older event\'s missing, at Chibok');
  assert.match(chibok.attribute, /^missing \(2014\)$/);
});
