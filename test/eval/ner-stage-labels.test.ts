// The NER scorer's labels from the entities stage (eval/scorers/ner.ts stageLabels): a role-holder mention is never
// labelled and hides nothing nested in it (review of stop 24, finding 4); an outer name still wins over one inside it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { stageLabels } from '../../eval/scorers/ner.js';

const doc = (...sents: string[]) => ({ id: 'x', sents: sents.map((s) => { const toks = s.split(' '); return { toks, labels: toks.map(() => 'O') }; }) });

describe('NER scorer: stage labels', () => {
  it('labels a demonym inside a role-holder mention', () => {
    const out = stageLabels(doc('Kim Jong Un visited Pyongyang on Monday .', 'Later the North Korean leader said talks would resume .'));
    assert.deepEqual(out[1]!.slice(2, 4), ['B-MISC', 'I-MISC'], JSON.stringify(out));
    assert.ok(!out[1]!.slice(4).some((l) => l !== 'O'), JSON.stringify(out));
  });
  it('an outer name still wins over a name nested in it', () => {
    const out = stageLabels(doc('The US Army said on Monday that troops would leave .'));
    assert.equal(out[0]![1], 'B-ORG', JSON.stringify(out));
  });
});
