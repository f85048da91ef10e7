// Stories built from random reports (news words and figures in random order, with and without publication
// dates) never throw and always serialise: the fact builder's rules read words around figures and times, and a
// rule that assumes a shape (a bound with an end, a date with a day) must not crash a whole ingest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../src/analyze.js';
import { buildStory, type StoryDoc } from '../../src/story/build.js';

const WORDS = ['At least', '151', 'people', 'were killed', 'in', 'Itaewon', 'Seoul', 'on Saturday', 'in 2014', 'before 2010', 'among the dead were', '19 foreigners',
  'including', 'of them', 'seriously', 'injured', '12,500 feet', 'below the surface', '$250,000', 'Rs 10 lakh', 'compensation of', 'carrying', 'on board', 'the plane',
  'a crew of', 'eight', 'gave', 'a one-week ultimatum', 'until Sunday', 'ECOWAS', 'the junta', 'met', 'Putin', 'in Vladivostok', 'said', ',', 'the toll', 'rose to',
  'up to', 'more than', '2,000', 'from 12 to 28 November', 'yesterday', 'the bridge', '1.6-mile', 'drilled', '22 metres', '10,000 square miles', 'Of the', 'dead', 'were women'];

test('stories of random reports build and serialise without throwing', () => {
  const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 20 }).map((ws) => `${ws.join(' ')}.`);
  const report = fc.record({ sentences: fc.array(sentence, { minLength: 1, maxLength: 4 }), day: fc.option(fc.integer({ min: 1, max: 28 })) });
  let n = 0;
  fc.assert(fc.property(fc.array(report, { minLength: 1, maxLength: 4 }), (reports) => {
    const docs: StoryDoc[] = [];
    for (const [i, r] of reports.entries()) {
      const published = r.day === null ? undefined : `2022-10-${String(r.day).padStart(2, '0')}`;
      let a;
      // (a report the analysis stage itself rejects is not the story's to build)
      try { a = analyze(`${r.sentences.join(' ')} (${n++})`, { outlet: `O${i}`, ...(published ? { publishedAt: published } : {}) }); } catch { continue; }
      docs.push({ a, row: { id: a.document.id, outlet: `O${i}`, ...(published ? { publishedAt: published } : {}) } });
    }
    if (!docs.length) return;
    const s = buildStory('s', docs);
    assert.equal(s.documents.length, docs.length);
    for (const f of s.facts) assert.ok(f.values.length > 0 && typeof f.consistent === 'boolean');
    JSON.stringify(s);
  }), { numRuns: 40, seed: 7 });
});
