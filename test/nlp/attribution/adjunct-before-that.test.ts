import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimIn } from '../certainty/helpers.js';

// Sentences written for these tests: an adjunct of time or circumstance between a cue and its "that".
const sources = (text: string, anchor: string): string[] => claimIn(text, anchor).attribution.map((l) => l.source);

describe('an adjunct between a cue and "that" (data/lexicon/attribution-words.json adjunctBeforeThat)', () => {
  it('"warned as early as October that C", "said before the vote that C", "warned after a 2011 freeze that C"', () => {
    assert.deepEqual(sources('Kyiv had warned as early as October that Moscow had mined the structure.', 'Moscow had mined'), ['Kyiv']);
    assert.deepEqual(sources('The minister said before the vote that the bill would pass.', 'the bill would pass'), ['The minister']);
    assert.deepEqual(sources('Federal regulators had warned after a 2011 freeze that power plants were not winterized.', 'power plants were not winterized'), ['Federal regulators']);
  });
  // The three above had their source before the rule too except "as early as" (a cue that takes its content without
  // "that" reads on from the adjunct); these cues read only a "that" clause, so each had no source without the rule.
  it('cues that need "that": "argued despite the rally that C", "conceded since …", "insisted throughout …", …', () => {
    assert.deepEqual(sources('Analysts argued despite the rally that stocks were overvalued.', 'stocks were overvalued'), ['Analysts']);
    assert.deepEqual(sources('The ministry conceded since the blast that safety checks had lapsed.', 'safety checks had lapsed'), ['The ministry']);
    assert.deepEqual(sources('Doctors insisted throughout the outbreak that hospitals were coping.', 'hospitals were coping'), ['Doctors']);
    assert.deepEqual(sources('The airline announced before the hearing that it would compensate families.', 'it would compensate families'), ['The airline']);
    assert.deepEqual(sources('The governor reiterated after the meeting that the plant would stay open.', 'the plant would stay open'), ['The governor']);
    assert.deepEqual(sources('Residents complained after the flood that no help had arrived.', 'no help had arrived'), ['Residents']);
    assert.deepEqual(sources('Prosecutors alleged after the raid that the firm had hidden funds.', 'the firm had hidden funds'), ['Prosecutors']);
  });
  // A relative "that" inside the adjunct ("the attack that killed 12 people") is no complementizer: the verb after it
  // is no reported clause. Taking the first "that" met would read "killed 12 people …" as what was
  // said (rule attr.pre); before the rule they were read as a narrated object (attr.npobj) or had no source. A verb
  // right after the "that" marks it relative.
  it('negative: a relative "that" in the adjunct opens no reported clause', () => {
    const rules = (text: string, anchor: string): string[] => claimIn(text, anchor).attribution.map((l) => l.rule ?? '');
    assert.ok(!rules('Officials stressed after the attack that killed 12 people.', 'killed 12 people').includes('attr.pre'));
    assert.ok(!rules('The governor reiterated after the attack that killed 12 people his support for the police.', 'his support').includes('attr.pre'));
  });
  // The verb test is the shared finitePastForm (words.ts): an -ed noun or adjective after "that" ("red tape",
  // "need", "speed", "sacred") is no past form, so the "that" stays a complementizer.
  it('an -ed noun or adjective right after "that" does not make it relative', () => {
    assert.deepEqual(sources('Residents complained after the flood that red tape had slowed the repairs.', 'red tape had slowed'), ['Residents']);
    assert.deepEqual(sources('Doctors insisted throughout the outbreak that need had outstripped supply.', 'need had outstripped supply'), ['Doctors']);
    assert.deepEqual(sources('Engineers argued despite the crash that speed was not the cause.', 'speed was not the cause'), ['Engineers']);
    assert.deepEqual(sources('The elders insisted throughout the dispute that sacred sites must be spared.', 'sacred sites must be spared'), ['The elders']);
  });
  it('negatives: no "that" after the adjunct, or a verb before it, keeps the old reading', () => {
    // "said as many as 300 people died": the bound opens the content, one source
    assert.deepEqual(sources('Officials said as many as 300 people died.', '300 people died'), ['Officials']);
    // "announced after the fire spread that …": the verb ends the adjunct; no frame is built across it
    const c = claimIn('The town flooded after the river rose, and residents left.', 'residents left');
    assert.equal(c.attribution.length, 0);
  });
});
