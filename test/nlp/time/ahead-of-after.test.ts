// "ahead of" after a time, in the time's own clause, places the time before something ("the lander crashed on
// Saturday while circling ahead of its touchdown"): it is no look ahead of the clause. Before the time it still is
// ("Crowds gathered ahead of Sunday's referendum"), and across a clause break it is a cue like any other. A present
// tense schedules the day ahead on its own. Invented sentences; publication date pinned to a Wednesday.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newDoc } from '../../../src/nlp/doc.js';
import { segmentStage } from '../../../src/nlp/segment/index.js';
import { timeStage } from '../../../src/nlp/time/index.js';
import { check } from './helpers.js';

const WED = '2021-05-12';

/** Segmented first, so the first line is a HEADLINE. */
function valuesWithHeadline(text: string, pub: string): Record<string, string> {
  const doc = newDoc({ id: 't', text, language: 'en', publishedAt: pub });
  segmentStage.run(doc);
  timeStage.run(doc);
  return Object.fromEntries(doc.times.map((t) => [t.text, t.value]));
}

describe('time: "ahead of" after the time', () => {
  it('does not make a past clause look ahead', () => {
    check(WED, [
      ['The lander crashed on Saturday while circling ahead of its touchdown.', 'Saturday', '2021-05-08', 'DATE'],
      ['Gunboats shelled the harbour on Monday ahead of the ceasefire.', 'Monday', '2021-05-10', 'DATE'],
    ]);
  });
  it('negative: a future or present clause, or "ahead of" before the day, still looks ahead', () => {
    check(WED, [
      ['The envoys will meet on Friday ahead of the summit.', 'Friday', '2021-05-14', 'DATE'],
      ['Envoys meet on Friday ahead of the summit.', 'Friday', '2021-05-14', 'DATE'],
      ['Farm unions rally on Friday ahead of the budget.', 'Friday', '2021-05-14', 'DATE'],
      ['Crowds gathered ahead of Sunday\'s referendum.', 'Sunday', '2021-05-16', 'DATE'],
    ]);
  });
  it('negative: across a clause break "ahead of" is a cue again', () => {
    check(WED, [['A final rally on Saturday, ahead of the vote.', 'Saturday', '2021-05-15', 'DATE']]);
  });
  it('negative: a headline\'s present tense still schedules the day', () => {
    const v = valuesWithHeadline('Envoys gather Friday ahead of vote\nThe envoys arrive in Talvik on Thursday.', WED);
    assert.equal(v['Friday'], '2021-05-14');
  });
});
