// Stop 33, end to end through bin/newsgraph: a clock told of the story's event by a definite mention ("The … quake
// struck at …") is on the day the event was named with, not on a later day named since. Text our own, date pinned.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Analysis } from '../../src/core/types.js';
import { runCli } from '../helpers/cli.js';

const TEXT = 'Officials raised the toll from Tuesday night\'s earthquake to 2,122, up from 2,012 yesterday evening.\n\n'
  + 'Most of the victims were in mountain villages.\n\n'
  + 'The magnitude 6.8 quake struck at 11:11 p.m. local time. The rescue teams arrived at 4 a.m.\n';

describe('analyze (stop 33): the story event\'s clock', () => {
  it('dates the quake\'s clock on Tuesday and leaves the rescue\'s clock on the later day', () => {
    const r = runCli(['analyze', '-', '--json', '--published', '2023-09-14'], TEXT);
    assert.equal(r.code, 0, r.stderr);
    const a = JSON.parse(r.stdout) as Analysis;
    const quake = a.times.find((t) => t.text.startsWith('11:11'));
    assert.equal(quake?.value, '2023-09-12T23:11');
    const rescue = a.times.find((t) => t.text.startsWith('4 a.m'));
    assert.equal(rescue?.value, '2023-09-13T04:00');
  });
});
