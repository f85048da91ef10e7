import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CHANGE_BEFORE_RE, CHANGE_VERBS } from '../../../src/nlp/checks/changeWords.js';

// The one list of verbs of change the share, breakdown and rest checks read (data/lexicon/checks-change-verbs.txt).
test('a verb of change, "up", "down" or "by" right before a figure', () => {
  for (const s of ['Sales rose ', 'Profits fell by about ', 'Shares were up ', 'a cut of up to ', 'Exports slumped ', 'Costs edged ']) {
    assert.ok(CHANGE_BEFORE_RE.test(s), s);
  }
  assert.ok(CHANGE_VERBS.includes('soared') && CHANGE_VERBS.includes('slid'));
});

test('no change: a share ("made up"), a plain figure, a verb further back', () => {
  for (const s of ['Women made up ', 'Women make up ', 'The poll gave Ana ', 'Sales rose in March to ']) {
    assert.equal(CHANGE_BEFORE_RE.test(s), false, s);
  }
});
