// A genitive time ("Friday's attack") dates the noun it stands before, not another event its sentence tells: the
// statement in "Shekau said the group was behind Friday's attack" is not dated Friday, so it can meet the other
// reports' telling of the same claim made on Tuesday.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { genitiveOfOther } from '../../src/story/build.js';
import { story } from './helpers.js';

const at = (text: string, w: string, from = 0) => { const start = text.indexOf(w, from); return { start, end: start + w.length }; };

test('genitiveOfOther: a time before "\'s" dates its own noun only', () => {
  const t = 'Shekau said the group was behind Friday\'s attack on the school.';
  assert.equal(genitiveOfOther(t, at(t, 'said'), at(t, 'Friday')), true);
  // negatives: the noun it governs, one word between, and a time that is no genitive
  assert.equal(genitiveOfOther(t, at(t, 'attack'), at(t, 'Friday')), false);
  const t2 = 'Friday\'s deadly attack killed 12 people.';
  assert.equal(genitiveOfOther(t2, at(t2, 'attack'), at(t2, 'Friday')), false);
  const t3 = 'Shekau said on Tuesday that the group was behind the attack.';
  assert.equal(genitiveOfOther(t3, at(t3, 'said'), at(t3, 'Tuesday')), false);
  const t4 = 'Tuesday\'s statement by the ministry was brief.';
  assert.equal(genitiveOfOther(t4, at(t4, 'statement'), at(t4, 'Tuesday')), false);
});

test('a claim told with the genitive day of the attack is one statement with the claim told with its own day', () => {
  const s = story([
    ['Al Jazeera', '2020-12-15', 'In an audio message, a man who identified himself as Boko Haram leader Abubakar Shekau said the group was behind Friday\'s attack on the school in Kankara.'],
    ['AP', '2020-12-18', 'Boko Haram leader Abubakar Shekau claimed the abduction in an audio message on Tuesday. Officials have said the boys were held by bandits.'],
  ]);
  const st = s.events.filter((e) => e.type === 'STATEMENT' && e.participants.some((p) => /Shekau/.test(p)));
  assert.ok(st.some((e) => e.documents.length === 2), JSON.stringify(st.map((e) => [e.participants, e.documents.length, e.date])));
});

test('negative: the attack itself keeps its genitive day', () => {
  const s = story([
    ['Reuters', '2020-12-14', 'Friday\'s attack on the school in Kankara left dozens of boys missing, police said on Sunday.'],
  ]);
  const attack = s.events.find((e) => e.type === 'ATTACK');
  assert.ok(attack, JSON.stringify(s.events.map((e) => e.type)));
  assert.equal(attack!.date, '2020-12-11');
});

test('genitiveOfOther: a closing quote or a measuring genitive is no genitive of another noun (review finding 5)', () => {
  const q = 'Sunak told reporters the vote would be held ‘on Thursday’ despite the storm.';
  assert.equal(genitiveOfOther(q, at(q, 'vote'), at(q, 'Thursday')), false);
  const q2 = "Sunak told reporters the vote would be held 'on Thursday' despite the storm.";
  assert.equal(genitiveOfOther(q2, at(q2, 'vote'), at(q2, 'Thursday')), false);
  const w = "The vote will be held in two weeks' time, Sunak said.";
  assert.equal(genitiveOfOther(w, at(w, 'vote'), at(w, 'two weeks')), false);
  // negatives: a plural's genitive and a full "'s" still date their own noun only
  const p = "Officials said the two days' talks had ended the strike.";
  assert.equal(genitiveOfOther(p, at(p, 'said'), at(p, 'two days')), true);
  const c = 'Shekau said the group was behind Friday’s attack on the school.';
  assert.equal(genitiveOfOther(c, at(c, 'said'), at(c, 'Friday')), true);
});

test('a quoted day still dates its sentence\'s event', () => {
  const s = story([['BBC', '2024-06-03', 'Sunak told reporters the vote would be held ‘on Thursday’ despite the storm.']]);
  const vote = s.events.find((e) => e.type === 'VOTE');
  assert.ok(vote, JSON.stringify(s.events.map((e) => e.type)));
  assert.equal(vote!.date, '2024-06-06');
});
