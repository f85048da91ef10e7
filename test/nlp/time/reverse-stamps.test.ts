// A live blog told newest first whose line-start stamps go back past midnight: the entries after the drop from a
// morning stamp to an evening one are the day before the page's. A blog told oldest first, one without a wrap, or
// stamps out of order among the afternoon's are left on the publication day. Texts are our own; publication date
// pinned.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { times } from './helpers.js';

const PUB = '2026-01-13';
const valueOf = (text: string, stamp: string): string | undefined => {
  const i = text.indexOf(stamp);
  return times(text, PUB).find((t) => t.start === i)?.value;
};

describe('time: newest-first live blog stamps across midnight', () => {
  it('stamps below the midnight drop are the day before', () => {
    const t = 'LIVE: Volcano erupts\n\n1:20 am – Ash falls on the capital.\n\n12:40 am – Flights are suspended.\n\n11:45 pm – Residents flee the island.\n\n10:20 pm – The alert level is raised.\n';
    assert.equal(valueOf(t, '1:20 am'), '2026-01-13T01:20');
    assert.equal(valueOf(t, '12:40 am'), '2026-01-13T00:40');
    assert.equal(valueOf(t, '11:45 pm'), '2026-01-12T23:45');
    assert.equal(valueOf(t, '10:20 pm'), '2026-01-12T22:20');
  });
  it('oldest first, no wrap, or an afternoon stamp out of order: the publication day (negatives)', () => {
    const fwd = 'LIVE: Count\n\n10:20 pm – Counting starts.\n\n11:45 pm – First results.\n\n12:40 am – A lead.\n\n1:20 am – A winner.\n';
    assert.equal(valueOf(fwd, '10:20 pm'), '2026-01-13T22:20');
    assert.equal(valueOf(fwd, '1:20 am'), '2026-01-13T01:20');
    const plain = 'LIVE: Quake\n\n5:40 pm – Aid arrives.\n\n3:15 pm – Roads close.\n\n1:20 pm – A quake strikes.\n';
    assert.equal(valueOf(plain, '1:20 pm'), '2026-01-13T13:20');
    const pinned = 'LIVE: Quake\n\n5:40 pm – Aid arrives.\n\n3:15 pm – Roads close.\n\n4:30 pm – Key events so far.\n\n1:20 pm – A quake strikes.\n';
    assert.equal(valueOf(pinned, '4:30 pm'), '2026-01-13T16:30');
    assert.equal(valueOf(pinned, '1:20 pm'), '2026-01-13T13:20');
  });
});
