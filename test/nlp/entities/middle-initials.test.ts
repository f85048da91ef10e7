// Real KB; sentences written for these tests (invented names).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bySurface, names, run } from './run-entities.js';

// Issue 3: "U.S. District Judge Lewis A. Kaplan" came out as "Lewis A" and an OTHER "Kaplan": the middle initial was
// kept whole only after a known given name, and the segmenter ended the sentence at "A.". A capitalised word right
// after a capitalised title takes a middle initial too, and a sentence ended on a kept initial goes on.
describe('entities: a middle initial after a title and a name', () => {
  it('keeps the initial inside the name, through a segmenter split', async () => {
    const { segmentStage } = await import('../../../src/nlp/segment/index.js');
    const { newDoc } = await import('../../../src/nlp/doc.js');
    const { entitiesStage } = await import('../../../src/nlp/entities/index.js');
    for (const [text, name] of [
      ['U.S. District Judge Lewis A. Kaplan set sentencing for March 28. The charges carry long terms.', 'Lewis A. Kaplan'],
      ['Dr. Morley T. Vantreece said the results were early.', 'Morley T. Vantreece'],
    ] as const) {
      const doc = newDoc({ id: 'x', text, language: 'en', publishedAt: '2024-03-26' });
      segmentStage.run(doc);
      entitiesStage.run(doc);
      const e = bySurface(doc, name);
      assert.equal(e?.type, 'PERSON', `${text} -> ${names(doc)}`);
    }
  });
  it('negative: a capital letter ending a sentence after an ordinary word stays apart', () => {
    const doc = run('The plan was graded B. Morley Vantreece said so.');
    assert.ok(!doc.entities.some((e) => /B\./.test(e.name)), names(doc));
  });
});
