import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newDoc } from '../../../src/nlp/doc.js';
import { entitiesStage } from '../../../src/nlp/entities/index.js';

const run = (text: string, outlet?: string) => {
  const doc = newDoc({ id: 'x', text, language: 'en', publishedAt: '2024-03-26', ...(outlet ? { outlet } : {}) });
  entitiesStage.run(doc);
  return doc.entities.map((e) => `${e.name}:${e.type}`);
};

test('the report\'s outlet written in its text is an organisation even when the KB does not hold it', () => {
  assert.ok(run('Witnesses told Sowetan a different story.', 'Sowetan').includes('Sowetan:ORG'));
  assert.ok(run('Ivan Cheung told STAT that the firm expected more.', 'STAT').includes('STAT:ORG'));
});

test('without the outlet metadata, or spelt otherwise, nothing is added', () => {
  assert.ok(!run('Witnesses told Sowetan a different story.').includes('Sowetan:ORG'));
  assert.ok(!run('Ivan Cheung said the stat was wrong.', 'STAT').some((n) => n.startsWith('stat')));
});

test('an outlet named with its article is named only with it: its bare name is a common word', () => {
  // (an outlet made up for the test, which the KB does not hold)
  assert.ok(run('Two voters told The Clarion that they would abstain.', 'The Clarion').includes('Clarion:ORG'));
  assert.ok(!run('Clarion calls for reform grew louder.', 'The Clarion').includes('Clarion:ORG'));
});
