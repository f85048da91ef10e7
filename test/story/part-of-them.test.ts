// A share of a count told as a bare "N of them <group>" ("95 were still missing, 85 of them firefighters") is a fact
// of its own (firefighters among the missing), as "N of them were <group>" already was; an adverb or a condition
// after "of them" names no group. Reference date 2015-08-16.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { partOf } from '../../src/story/build.js';

const before = 'Li Keqiang visited the site on Sunday, as the death toll rose to 112 and officials said 95 people were still missing, ';

test('"85 of them firefighters" after a count of the missing: firefighters among the missing', () => {
  assert.equal(partOf({ text: '85' }, ' of them firefighters.', before, before), 'firefighters among the missing');
  assert.equal(partOf({ text: '85' }, ' of them were firefighters.', before, before), 'firefighters among the missing');
  assert.equal(partOf({ text: '12' }, ' of whom children.', 'Forty people died in the fire, ', 'Forty people died in the fire, '), 'children among the dead');
});

test('an adverb, a condition or a singular after "of them" names no group', () => {
  const injured = 'Eighty workers were injured, ';
  for (const after of [' of them seriously.', ' of them in intensive care.', ' of them critically.', ' of them Chinese.'])
    assert.equal(partOf({ text: '4' }, after, injured, injured), null, after);
  // words that are no plural noun never make a group
  fc.assert(fc.property(fc.constantFrom('seriously', 'badly', 'critically', 'now', 'still', 'in', 'at'), (w) => partOf({ text: '4' }, ` of them ${w} hurt.`, injured, injured) === null));
});

test('a verb or function word in -s after "of them" names no group', () => {
  const injured = 'Eighty workers were injured, ';
  for (const after of [' of them is in critical condition.', ' of them was a child.', ' of them has died.', ' of them this week.',
    ' of them as well.', ' of them across the border.', ' of them were across the border.', ' of them perhaps.'])
    assert.equal(partOf({ text: '4' }, after, injured, injured), null, after);
  // function words and verbs in -s, and nouns in -s that name no people
  fc.assert(fc.property(fc.constantFrom('is', 'was', 'has', 'this', 'as', 'across', 'does', 'always', 'perhaps', 'towards', 'its', 'thus'),
    (w) => partOf({ text: '4' }, ` of them ${w} here.`, injured, injured) === null));
  // plural person nouns and nationality plurals still name one
  for (const [after, group] of [[' of them students.', 'students'], [' of them Germans.', 'Germans'], [' of them were nurses.', 'nurses'],
    [' of them steelworkers.', 'steelworkers']] as const)
    assert.equal(partOf({ text: '4' }, after, injured, injured), `${group} among the injured`, after);
});
