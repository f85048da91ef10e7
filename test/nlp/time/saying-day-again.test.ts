// "… late on Wednesday, the news agency said on Thursday. It said the toll had been raised earlier in the day. The
// blasts, at about 11:30 p.m., …": "earlier in the day" told from within the report names the day of saying again,
// so it is no day of the events and a later bare clock time keeps the events' day (Wednesday), as it does right after
// the saying day. Without the rule the clock took Thursday. Negative: after a day of events (no saying) "earlier in
// the day" is an events' day as before. Sentences are our own; publication date pinned (Thursday 2015-08-13).
import { describe, it } from 'node:test';
import { check } from './helpers.js';

const THU = '2015-08-13';

describe('time: the day of saying named again ("earlier in the day")', () => {
  it('leaves a later clock time on the events\' day (positives)', () => {
    check(THU, [
      ['Two explosions tore through a warehouse late on Wednesday, killing 50 people, the news agency said on Thursday.\n\n'
        + 'The agency said the toll had been raised from 44 earlier in the day.\n\nThe blasts, at about 11:30 p.m., sent a fireball into the sky.',
      '11:30 p.m.', '2015-08-12T23:30', 'TIME'],
      ['A ferry capsized late on Wednesday, officials said on Thursday. They said divers had found 12 bodies earlier in the day. '
        + 'The ferry sank at 10:45 p.m. after its engine failed.', '10:45 p.m.', '2015-08-12T22:45', 'TIME'],
    ]);
  });
  it('keeps an events\' day named again as the clock\'s day (negative)', () => {
    check(THU, [
      ['A fire broke out late on Tuesday. Crews fought it on Wednesday. Earlier in the day, residents had fled. The roof fell at 11:30 p.m.',
        '11:30 p.m.', '2015-08-12T23:30', 'TIME'],
    ]);
  });
});
