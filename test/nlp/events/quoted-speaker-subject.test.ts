// "\"…,\" Moriyasu told reporters. He said …": the speaker right after a closing quotation is the subject of his
// sentence, so a pronoun in the next sentence prefers him over a person named more often earlier (mentions.ts
// isSubject). Sentences written for these tests; entities hand-built, no time resolved.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { argNames, eventsOf, type EntSpec } from './helpers.js';

const ents: EntSpec[] = [{ name: 'Hajime Moriyasu', type: 'PERSON', aliases: ['Moriyasu'] }, { name: 'Shuichi Gonda', type: 'PERSON', aliases: ['Gonda'] }];
const saidBy = (text: string): string[] => {
  const { doc, evs } = eventsOf(text, ents);
  const said = evs.filter((e) => e.type === 'STATEMENT' && e.trigger.text === 'said');
  return said.flatMap((e) => argNames(doc, e).agent ?? []);
};
const before = 'Coach Hajime Moriyasu praised the team. Goalkeeper Shuichi Gonda was hailed as a hero. Gonda made four saves. Gonda smiled. ';

test('"\\"This is a historic victory,\\" Moriyasu told reporters. He said": he is the quoted speaker', () => {
  assert.deepEqual(saidBy(before + '"This is a historic victory," Moriyasu told reporters. He said he expected a different game.'), ['Hajime Moriyasu']);
});

test('not a subject: a name after a quotation that did not close with a comma, an object after the quotation', () => {
  // the quotation ends its own sentence: "Moriyasu" opens a new one as usual and stays the subject there
  assert.deepEqual(saidBy(before + '"This is a historic victory." Moriyasu told reporters. He said he expected a different game.'), ['Hajime Moriyasu']);
  // "praised Moriyasu": an object after the quotation's verb is no subject, the often-named subject Gonda stays
  assert.deepEqual(saidBy(before + '"He was great," the fans told Moriyasu. He said he expected a different game.'), ['Shuichi Gonda']);
});

test('an opening quotation after a comma: the first name inside it is no subject of the sentence', () => {
  // 'replied, "Moriyasu will …': the quotation opens there, so the often-named subject Gonda stays "he"
  assert.deepEqual(saidBy(before + 'Asked about the line-up, the coach replied, "Moriyasu will decide on Sunday." He said he expected a different game.'), ['Shuichi Gonda']);
  assert.deepEqual(saidBy(before + 'Asked about the line-up, the coach replied, “Moriyasu will decide on Sunday.” He said he expected a different game.'), ['Shuichi Gonda']);
  // still a subject: the speaker after a closing curly quotation
  assert.deepEqual(saidBy(before + '“This is a historic victory,” Moriyasu told reporters. He said he expected a different game.'), ['Hajime Moriyasu']);
});
