// A promise, a threat or a demand told with a "that" clause is about the clause's subject ("Macron promised that
// Notre-Dame would be rebuilt"). Sentences written for these tests; entities hand-built.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, argNames, type EntSpec } from './helpers.js';

const ents: EntSpec[] = [
  { name: 'Ines Varga', type: 'PERSON' }, { name: 'Oskar Lind', type: 'PERSON' }, { name: 'Ruritania', type: 'GPE' },
  { name: 'Borduria', type: 'GPE' }, { name: 'Syldavia', type: 'GPE' }, { name: 'Sankt Kilian Cathedral', type: 'FAC', aliases: ['Sankt Kilian'] },
];

test('the subject of a "that" clause is what a promise, a threat or a demand is about', () => {
  const cases: Array<[string, string, string[]]> = [
    ['Governor Ines Varga promised that Sankt Kilian would be rebuilt.', 'promised', ['Sankt Kilian Cathedral']],
    ['Oskar Lind warned that Ruritania and Borduria would pay a heavy price.', 'warned', ['Ruritania', 'Borduria']],
    ['Oskar Lind warned that any Ruritania response would be met with force.', 'warned', ['Ruritania']],
    ['Ines Varga demanded that Syldavia withdraw its troops.', 'demanded', ['Syldavia']],
    ['Ines Varga vowed that Ruritania, Borduria and Syldavia would be paid.', 'vowed', ['Ruritania', 'Borduria', 'Syldavia']],
  ];
  for (const [text, trig, want] of cases) {
    const { doc, evs } = eventsOf(text, ents);
    const ev = evs.find((e) => e.trigger.text === trig && e.type !== 'STATEMENT');
    assert.ok(ev, `${text}: ${JSON.stringify(evs.map((e) => [e.type, e.trigger.text]))}`);
    assert.deepEqual([...(argNames(doc, ev).patient ?? [])].sort(), [...want].sort(), `${text}: ${JSON.stringify(argNames(doc, ev))}`);
  }
});

test('negative: a pronoun, a name deeper in the clause, a reported saying or a noun gives no patient', () => {
  const cases: Array<[string, string]> = [
    ['Ines Varga vowed that she would return to Ruritania.', 'vowed'],
    ['Ines Varga promised that the government would help Ruritania.', 'promised'],
    ['Ines Varga said that Ruritania would be rebuilt.', 'said'],
    ['Oskar Lind warned his ministers that the floods in Borduria were coming.', 'warned'],
  ];
  for (const [text, trig] of cases) {
    const { doc, evs } = eventsOf(text, ents);
    for (const ev of evs.filter((e) => e.trigger.text === trig)) {
      const a = argNames(doc, ev);
      assert.ok(!(a.patient ?? []).some((n) => ['Ruritania', 'Borduria'].includes(n)), `${text}: ${ev.type} ${JSON.stringify(a)}`);
    }
  }
  // a noun: "the promise that Ruritania would be paid"
  const { doc, evs } = eventsOf('The promise that Ruritania would be paid was broken.', ents);
  for (const ev of evs.filter((e) => e.trigger.text === 'promise')) assert.ok(!(argNames(doc, ev).patient ?? []).includes('Ruritania'), JSON.stringify(argNames(doc, ev)));
});

test('a long "that" clause stays bounded', () => {
  const text = `Ines Varga promised that ${'the very '.repeat(3000)}Ruritania would be rebuilt.`;
  const t0 = Date.now();
  const { doc, evs } = eventsOf(text, ents);
  assert.ok(Date.now() - t0 < 2000);
  const ev = evs.find((e) => e.trigger.text === 'promised');
  assert.ok(!ev || !(argNames(doc, ev).patient ?? []).includes('Ruritania'));
});

test('negative: a name after a subordinator, a preposition or "that" used as a determiner opens no subject', () => {
  for (const [text, type] of [
    ['Oskar Lind threatened that unless Syldavia paid, he would resign.', 'THREATEN'],
    ['Ines Varga promised that evening in Ruritania to resign.', 'PROMISE'],
    ['Ines Varga promised that after talks with Borduria she would resign.', 'PROMISE'],
    ['Oskar Lind demanded that if Syldavia refused, talks end.', 'DEMAND'],
  ] as const) {
    const { doc, evs } = eventsOf(text, ents);
    const ev = evs.find((e) => e.type === type);
    assert.ok(ev, `${text}: ${JSON.stringify(evs.map((e) => e.type))}`);
    assert.equal(argNames(doc, ev).patient, undefined, `${text}: ${JSON.stringify(argNames(doc, ev))}`);
  }
  // the name opening the clause after a determiner or a title still counts
  for (const [text, who] of [['Ines Varga demanded that President Oskar Lind resign.', 'Oskar Lind'], ['Oskar Lind promised that the Ruritania would pay.', 'Ruritania']] as const) {
    const { doc, evs } = eventsOf(text, ents);
    const ev = evs.find((e) => e.type === 'DEMAND' || e.type === 'PROMISE');
    assert.ok(ev, text);
    assert.deepEqual(argNames(doc, ev).patient, [who], `${text}: ${JSON.stringify(argNames(doc, ev))}`);
  }
});
