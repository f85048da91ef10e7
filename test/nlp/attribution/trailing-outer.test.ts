import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkChain as check } from '../claims/helpers.js';
import { newDoc } from '../../../src/nlp/doc.js';
import * as pipeline from '../../../src/nlp/pipeline.js';

// Sentences written for these tests (not taken from any corpus): a frame set after the clause it attributes is the
// outer link even when an earlier frame's content runs on over it.

describe('a trailing frame attributes the whole clause before it', () => {
  it('"X said C, according to Y" → [Y, X]', () => {
    check('The minister said the budget would be cut next year, according to a report by Reuters.', 'the budget would be cut', ['a report by Reuters', 'The minister']);
    check('The company expects sales to fall by a third, according to a filing seen by the agency.', 'sales to fall by a third', ['a filing seen by the agency', 'The company']);
  });
  it('"C reportedly …, the navy said" → [navy, UNNAMED]; ", according to Y" likewise', () => {
    check('The ship was reportedly hit by a missile, the navy said.', 'hit by a missile', ['the navy', 'UNNAMED']);
    check('The tanker was reportedly struck by a drone near the port, according to the shipping agency.', 'struck by a drone', ['the shipping agency', 'UNNAMED']);
  });
  it('keeps the order where one frame holds the other only one way', () => {
    // the adverb is on the speaker's verb: an unnamed report that the president said C, the unnamed link alone
    check('The president reportedly said the talks were over.', 'the talks were over', ['UNNAMED']);
    check('According to Reuters, the minister said the budget would be cut.', 'the budget would be cut', ['Reuters', 'the minister']);
    check('The minister told parliament that the budget would be cut, according to Reuters.', 'the budget would be cut', ['Reuters', 'The minister']);
    check('Twelve people died, Xinhua reported, citing local officials.', 'Twelve people died', ['Xinhua', 'local officials']);
  });
});

describe('a time phrase after an apposition is no source', () => {
  it('"X, a spokesman for the ministry, on Tuesday said C" → [X]', () => {
    check('Juan Perez, a spokesman for the ministry, on Tuesday said the border would reopen.', 'the border would reopen', ['Juan Perez']);
    check('The agency, which runs the shelters, last week said funding had run out.', 'funding had run out', ['The agency']);
    // without the apposition the phrase was already skipped
    check('Juan Perez on Tuesday said the border would reopen.', 'the border would reopen', ['Juan Perez']);
  });
});

describe('a place before a colon heads a topic, not a speaker', () => {
  it('"Sudan: C" is the outlet\'s; "Kremlin: C" and "Pence: C" keep their speaker', () => {
    const { runPipeline } = pipeline;
    const chainOf = (text: string, anchor: string): string[] => {
      const doc = runPipeline(newDoc({ id: 't', text, language: 'en', publishedAt: '2024-03-01' }));
      const at = text.indexOf(anchor);
      const c = doc.claims.filter((x) => x.start <= at && x.end >= at + anchor.length).sort((a, b) => (a.end - a.start) - (b.end - b.start))[0];
      return (c?.attribution ?? []).map((l) => l.source);
    };
    assert.deepEqual(chainOf('Sudan: aid convoys reach Darfur after months of delay', 'aid convoys reach Darfur'), []);
    assert.deepEqual(chainOf('Kremlin: talks with Kyiv are not on the agenda', 'talks with Kyiv'), ['Kremlin']);
    assert.deepEqual(chainOf('Pence: Flowers will not be at the debate', 'Flowers will not be'), ['Pence']);
  });
});
