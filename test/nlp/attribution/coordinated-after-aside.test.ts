import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newDoc } from '../../../src/nlp/doc.js';
import { runPipeline } from '../../../src/nlp/pipeline.js';

// Sentences written for these tests. Publication: Wednesday 6 March 2024.
const smallest = (text: string, anchor: string) => {
  const doc = runPipeline(newDoc({ id: 'coord-aside', text, language: 'en', publishedAt: '2024-03-06' }));
  const at = text.indexOf(anchor);
  const c = doc.claims.filter((x) => x.start <= at && x.end >= at + anchor.length).sort((a, b) => (a.end - a.start) - (b.end - b.start))[0];
  assert.ok(c, `no claim holds "${anchor}"`);
  return c;
};

describe('a coordinated cue after a subject with an aside in commas ("X, in a statement, said A and warned B")', () => {
  it('the second report is its own claim, with the first report\'s source', () => {
    const s1 = 'The agency, in a statement, said the army had used drones and warned that any response would be met with force.';
    const c1 = smallest(s1, 'any response would be met');
    assert.ok(!c1.text.includes('drones'), c1.text);
    assert.deepEqual(c1.attribution.map((l) => l.source), ['The agency']);
    assert.equal(c1.status, 'FUTURE');
    const s2 = 'Dr Ana Ruiz, a senior fellow at the institute, said the move was sensible but warned that some towns may now cut services.';
    const c2 = smallest(s2, 'some towns may now cut');
    assert.ok(!c2.text.includes('sensible'), c2.text);
    assert.deepEqual(c2.attribution.map((l) => l.source), ['Dr Ana Ruiz']);
    const s3 = 'The mayor, speaking earlier in the day, urged residents to check on neighbours and said the city would do everything it can.';
    const c3 = smallest(s3, 'the city would do everything');
    assert.ok(!c3.text.includes('neighbours'), c3.text);
    assert.equal(c3.status, 'FUTURE');
  });
  it('negatives: no earlier report in the clause, or a cue inside a nested clause, gives no shared subject', () => {
    // (the first verb is no report: as before, no source is guessed; see coordinated-appositive.test.ts)
    assert.deepEqual(smallest('The minister, however, visited the hospital and said she was willing to hold talks.', 'she was willing').attribution, []);
    // the first clause's report stays whole when nothing is coordinated with its cue
    const c = smallest('The agency, in a statement, said the army had used drones and tanks in the attack.', 'tanks in the attack');
    assert.ok(c.text.includes('drones'), c.text);
    // a cue that also takes a plain object, without "that", may be the content subject's act: no second report
    const d = smallest('The agency, citing officials, said the army had seized the town and announced a curfew.', 'announced a curfew');
    assert.ok(d.text.includes('seized the town'), d.text);
    // nor a verb phrase opened by an auxiliary: "and would continue" is the crews'
    const e = smallest('Ana Ruiz, the commander, told reporters that crews had searched the coast and would continue for another day.', 'would continue');
    assert.deepEqual(e.attribution.map((l) => l.source), ['Ana Ruiz']);
  });
});
