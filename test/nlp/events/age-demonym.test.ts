// "The 64-year-old Italian, appointed last July after being sacked as Greece manager": a nationality after an age is the
// person the age stands for (the most salient one recently named), not the nationality's country (mentions.ts, the age
// description). A country's own name there ("the 64-year-old Italy coach") stays a mention of the country. Sentences
// written for these tests; entities hand-built (no time is resolved, so no reference date is needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, type EntSpec } from './helpers.js';

const RANIERI: EntSpec = { name: 'Claudio Ranieri', type: 'PERSON' };
const ITALY: EntSpec = { name: 'Italy', type: 'GPE', aliases: ['Italian'] };
const GREECE: EntSpec = { name: 'Greece', type: 'GPE' };
const roleNames = (text: string, type: string, ents: EntSpec[]): string[][] => {
  const { doc, evs } = eventsOf(text, ents);
  return evs.filter((e) => e.type === type).map((e) => Object.entries(e.args).filter(([r]) => r !== 'time' && r !== 'location')
    .flatMap(([, ids]) => ids as string[]).map((id) => doc.entities.find((x) => x.id === id)?.name ?? id).sort());
};

test('"the 64-year-old Italian" is the person recently named, not Italy', () => {
  const text = 'Claudio Ranieri led the club to the title. The 64-year-old Italian was sacked as Greece manager in 2014.';
  const got = roleNames(text, 'DISMISS', [RANIERI, ITALY, GREECE]);
  assert.equal(got.length, 1, JSON.stringify(got));
  assert.ok(got[0]!.includes('Claudio Ranieri') && !got[0]!.includes('Italy'), JSON.stringify(got));
  const coach = roleNames('Claudio Ranieri led the club to the title. The 64-year-old Italian coach was arrested in Athens.', 'ARREST', [RANIERI, ITALY]);
  assert.deepEqual(coach, [['Claudio Ranieri']]);
});

test('no person for a country named as itself, and none without a person named before', () => {
  const own = roleNames('Claudio Ranieri led the club to the title. The 64-year-old Italy coach was sacked by Italy in 2014.', 'DISMISS', [RANIERI, ITALY]);
  assert.ok(own.length === 1 && own[0]!.includes('Italy'), JSON.stringify(own));
  const none = roleNames('The 64-year-old Italian was arrested in Athens.', 'ARREST', [ITALY]);
  assert.ok(!none.some((n) => n.includes('Claudio Ranieri')), JSON.stringify(none));
});

test('many age descriptions stay linear', () => {
  const text = 'Claudio Ranieri led the club. ' + 'The 64-year-old Italian was arrested in Athens. '.repeat(2000);
  const t0 = Date.now();
  eventsOf(text, [RANIERI, ITALY]);
  assert.ok(Date.now() - t0 < 6000, `took ${Date.now() - t0} ms`);
});
