// Issue 3: a name only the tagger proposed that holds a model code (letters and digits in one word: "Airbus A350",
// "Tianwen-1") is a product, craft or format, typed OTHER (not scored as a person, body or place).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { names, run } from './run-entities.js';

describe('entities: model codes the tagger guessed', () => {
  it('"Airbus A350" is another kind of name, not an organisation', () => {
    const doc = run('The Airbus A350 landed safely.');
    const e = doc.entities.find((x) => x.name === 'Airbus A350');
    assert.equal(e?.type, 'OTHER', names(doc));
  });
  it('negative: a code name followed by a body\'s head noun stays an organisation ("the M5S party")', () => {
    for (const [t, n] of [['Leaders of the M5S party met in Rome.', 'M5S']] as const) {
      const doc = run(t);
      const e = doc.entities.find((x) => x.name === n);
      assert.ok(e && e.type !== 'OTHER', `${t} → ${names(doc)}`);
    }
  });
  it('negative: a KB name with digits stays what the KB says ("G20"), and a place beside it stays a place', () => {
    const doc = run('The G20 summit opened in Delhi.');
    assert.equal(doc.entities.find((x) => x.name === 'G20')?.type, 'ORG', names(doc));
    assert.equal(doc.entities.find((x) => x.name === 'Delhi')?.type, 'GPE', names(doc));
  });
  it('negative: a person written next to a number is untouched', () => {
    const doc = run('Marla Voss, 42, said the plan would fail.');
    assert.equal(doc.entities.find((x) => x.name === 'Marla Voss')?.type, 'PERSON', names(doc));
  });
  it('a 400 kB word of letters and digits stays linear (the stage takes about 1 s for it, with or without this rule)', () => {
    const t0 = Date.now(); run(`The ${'A1'.repeat(200000)} landed.`); assert.ok(Date.now() - t0 < 5000);
  });
});
