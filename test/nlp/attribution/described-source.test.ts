import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newDoc } from '../../../src/nlp/doc.js';
import { runPipeline } from '../../../src/nlp/pipeline.js';

// Sentences written for these tests.
/** The entity name (or undefined) of the innermost link of the smallest claim holding `anchor`. */
const linkedName = (text: string, anchor: string): string | undefined => {
  const doc = runPipeline(newDoc({ id: 'described', text, language: 'en', publishedAt: '2024-03-06' }));
  const at = text.indexOf(anchor);
  const c = doc.claims.filter((x) => x.start <= at && x.end >= at + anchor.length).sort((a, b) => (a.end - a.start) - (b.end - b.start))[0];
  assert.ok(c, `no claim holds "${anchor}"`);
  const l = c.attribution[c.attribution.length - 1];
  assert.ok(l, `no link on "${anchor}"`);
  return doc.entities.find((e) => e.id === l.entity)?.name;
};

describe('attribution: a definite description takes the entity the report introduced earlier', () => {
  it('the same role as a title before the name: "Chief Justice Maria Santos … the Chief Justice said"', () => {
    const t = 'The court was led by Chief Justice Maria Santos. The ruling was unanimous. The Chief Justice said the law was invalid.';
    assert.match(linkedName(t, 'the law was invalid') ?? '', /Maria Santos/);
  });
  it('an organisation whose name holds the head: "The Reserve Bank of Fiji … the central bank said"', () => {
    const t = 'The Reserve Bank of Fiji raised its rate on Tuesday. Inflation has climbed for months. The central bank said it would keep buying bonds.';
    assert.match(linkedName(t, 'it would keep buying bonds') ?? '', /Reserve Bank of Fiji/);
  });
  it('negatives: a generic head, a role never given to a name, a name after the description', () => {
    const generic = 'Acme Holdings sold its stake in March. Shares fell. The company said the sale was complete.';
    assert.equal(linkedName(generic, 'the sale was complete'), undefined);
    const other = 'Maria Santos visited the port on Monday. The ruling was unanimous. The Chief Justice said the law was invalid.';
    assert.equal(linkedName(other, 'the law was invalid'), undefined);
    const later = 'The Chief Justice said the law was invalid. Chief Justice Maria Santos retires next year.';
    assert.equal(linkedName(later, 'the law was invalid'), undefined);
  });
});

describe('attribution: a description links only when its whole role fits one entity (review probes)', () => {
  it('the words before the head must stand in the organisation\'s name: "the central bank" is no "World Bank"', () => {
    const t = 'Officials from the World Bank arrived in Tokyo. The central bank said rates would stay low.';
    assert.equal(linkedName(t, 'rates would stay low'), undefined);
    const boj = 'The Bank of Japan held its meeting on Tuesday. The central bank said rates would stay low.';
    assert.match(linkedName(boj, 'rates would stay low') ?? '', /Bank of Japan/);
  });
  it('two entities with the role: no link', () => {
    const t = 'President Joe Biden met President Volodymyr Zelensky in Washington on Tuesday. The president said more aid would come.';
    assert.equal(linkedName(t, 'more aid would come'), undefined);
    const one = 'President Joe Biden visited Kyiv on Tuesday. The president said more aid would come.';
    assert.match(linkedName(one, 'more aid would come') ?? '', /Biden/);
  });
  it('a former role apposed is no present role', () => {
    const t = 'Olaf Scholz, the former finance minister, spoke first. The finance minister said the budget was balanced.';
    assert.equal(linkedName(t, 'the budget was balanced'), undefined);
    const now = 'Christian Lindner, the finance minister, spoke first. The finance minister said the budget was balanced.';
    assert.match(linkedName(now, 'the budget was balanced') ?? '', /Lindner/);
  });
});

describe('attribution: an organisation matched by its head noun only is a recent mention', () => {
  const eu = 'The European Union agreed new rules on medical training on Monday.';
  it('another organisation named since, paragraphs later: "the union" is not the EU', () => {
    const t = `${eu}\n\nJunior doctors will strike next week, the British Medical Association said.\n\nHospitals were preparing for disruption.\n\nThe union said the talks had failed.`;
    assert.equal(linkedName(t, 'the talks had failed'), undefined);
  });
  it('the next paragraph, or no other organisation since: the EU', () => {
    const next = `${eu}\n\nThe union said the rules would apply from June.`;
    assert.match(linkedName(next, 'the rules would apply from June') ?? '', /European Union/);
    const none = `${eu}\n\nDoctors were divided.\n\nHospitals were preparing for changes.\n\nThe union said the rules would apply from June.`;
    assert.match(linkedName(none, 'the rules would apply from June') ?? '', /European Union/);
  });
});
