// "Treasury" names the finance ministry of the United States as well as of the United Kingdom: the document's
// country decides, and a story naming neither links neither.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newDoc } from '../../../src/nlp/doc.js';
import { entitiesStage } from '../../../src/nlp/entities/index.js';

const ents = (text: string) => {
  const doc = newDoc({ id: 'x', text, language: 'en', publishedAt: '2024-03-26' });
  entitiesStage.run(doc);
  // the body linked: its KB name (the entity itself is named as the report names it)
  return doc.entities.map((e) => `${e.kb?.name ?? e.name}:${e.type}`);
};

describe('a finance ministry several states call "the Treasury"', () => {
  it('is the US department in a US story', () => {
    const es = ents('Treasury Secretary Janet Yellen said on Monday that the Fed would act.');
    assert.ok(es.includes('United States Department of the Treasury:ORG'), es.join(', '));
    assert.ok(!es.includes('HM Treasury:ORG'), es.join(', '));
  });
  it('is HM Treasury in a British story', () => {
    const es = ents('The British government said the Treasury would publish the figures in London.');
    assert.ok(es.includes('HM Treasury:ORG'), es.join(', '));
    assert.ok(!es.includes('United States Department of the Treasury:ORG'), es.join(', '));
  });
  it('is neither when the story names no country', () => {
    const es = ents('The Treasury said tax receipts rose.');
    assert.ok(!es.some((e) => e === 'HM Treasury:ORG' || e === 'United States Department of the Treasury:ORG'), es.join(', '));
  });
});
