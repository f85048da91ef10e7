// Verdicts in what a speaker says, read through the whole pipeline (the attribution stage's claims decide which words
// are reported): a reported clause's subject is its own, not the speaker ("John Doe said the weather was brilliant" is
// no praise); a verdict on an act or on "this"/"it" past the trigger's short window or inside a quotation is criticism
// or praise ("'This decision is a grave mistake,' X said"). Sentences written for these tests; reference date pinned.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pipelineEvents as events, hasEvent as has, showEvents as show } from './pipeline.js';

test('the subject of the reported clause starts after the speaker and the cue: the speaker is not what is praised', () => {
  for (const t of ['John Doe said the weather was brilliant.', '"The weather was brilliant," said coach John Doe.',
    'Maria Lopez said the food at the festival was fantastic.']) assert.ok(!has(t, 'PRAISE'), t + ' ' + show(t));
  // still praise when the reported subject is a named party, who is then the one praised
  const t = 'John Doe said Lionel Messi was brilliant.';
  const p = events(t).find((e) => e.type === 'PRAISE');
  assert.ok(p && p.names.includes('John Doe') && p.names.includes('Lionel Messi'), show(t));
  assert.ok(has('"Lionel Messi was brilliant tonight," said coach John Doe.', 'PRAISE', 'John Doe'));
});

test('a verdict on an act or on "this"/"it" inside a quotation or past the short window is criticism by the speaker', () => {
  for (const t of ['"This decision is a grave mistake and it is unacceptable," opposition leader Peter Dutton said.',
    '"The new law is a disgrace," Amnesty International said in a statement.',
    '"This is outrageous," Senator Elizabeth Warren said of the ruling.',
    'Peter Dutton said the government\'s decision was a huge mistake.']) {
    const who = t.includes('Amnesty') ? 'Amnesty International' : t.includes('Warren') ? 'Elizabeth Warren' : 'Peter Dutton';
    assert.ok(has(t, 'CRITICIZE', who), t + ' ' + show(t));
  }
});

test('negative: no criticism for conditions, negated verdicts or a non-act subject', () => {
  for (const t of ['"The conditions are appalling," said aid worker Maria Lopez.',
    '"This decision is not a mistake," Peter Dutton said.',
    '"The weather was appalling all week," said farmer Jane Roe.']) {
    assert.ok(!has(t, 'CRITICIZE'), t + ' ' + show(t));
  }
});

test('approval of an act or of "this" is praise; "it was historic" about a flood is not', () => {
  assert.ok(has('"This is a positive step for both countries," said Foreign Minister Penny Wong.', 'PRAISE', 'Penny Wong'));
  assert.ok(has('"The agreement is a milestone," Penny Wong said.', 'PRAISE', 'Penny Wong'));
  const t = '"It was historic," Penny Wong said of the floods.';
  assert.ok(!has(t, 'PRAISE'), show(t));
});

test('a cleft or extraposed "it", and "it" about the weather, pass no verdict (review 2026-12-01)', () => {
  for (const t of ['Anna Berg said it was a failure of the pumps that flooded the tunnel.',
    '"It was a welcome rain," farmer John Smith said.',
    '"It was appalling," said Anna Berg, describing the storm.',
    '"It was a positive sign for the harvest after the drought," said farmer John Smith.',
    '"It was appalling to see the destruction," said Anna Berg.']) {
    assert.ok(!has(t, 'CRITICIZE') && !has(t, 'PRAISE'), t + ' ' + show(t));
  }
  // still verdicts: on an act, and on "this"/"it" as a welcome or positive step
  for (const [t, type] of [['Anna Berg said the decision was a failure.', 'CRITICIZE'],
    ['"This is a welcome step," said Foreign Minister Penny Wong.', 'PRAISE'],
    ['"It is a disgrace," said Senator Elizabeth Warren.', 'CRITICIZE'],
    ['Penny Wong said the deal was welcome.', 'PRAISE']] as const) assert.ok(has(t, type), t + ' ' + show(t));
});
