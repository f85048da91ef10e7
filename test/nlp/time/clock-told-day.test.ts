// A bare clock time takes the day of the events told: in a clause that looks ahead from a past saying ("he said he
// would impose a curfew from 10 p.m."), and after a speech frame's day ("Speaking at a briefing this afternoon,
// she said … shortly before 4pm"), which dates the saying, not the events.
import { describe, it } from 'node:test';
import { check } from './helpers.js';

const PUB = '2022-12-08'; // a Thursday

describe('time: the day of a bare clock time in told news', () => {
  it('a clause looking ahead from a past saying keeps the story day across a paragraph', () => {
    const text = 'LIMA - Congress on Wednesday removed the president from office. He was arrested later in the day.\n\n'
      + 'In his message, the president said he would rule by decree and impose a curfew from 10 p.m. to 4 a.m. every night.';
    check(PUB, [
      [text, '10 p.m.', '2022-12-07T22:00', 'TIME'],
      [text, '4 a.m.', '2022-12-08T04:00', 'TIME'],
    ]);
  });

  it('a fronted speech frame dates the saying: the clock takes the events\' day named before it', () => {
    const text = 'Police opened fire on a crowd outside the mine yesterday, the police chief said today.\n\n'
      + 'Speaking at a briefing this afternoon, she said officers had acted after strikers charged at them shortly before 4pm.';
    check('2012-08-17', [[text, '4pm', '2012-08-16T16:00', 'TIME', 'BEFORE']]);
  });

  it('negatives: a present or future clause with no past saying stays on the publication day', () => {
    const text = 'LIMA - Congress on Wednesday removed the president from office. He was arrested later in the day.\n\n'
      + 'The new government will impose a curfew from 10 p.m. tonight, officials say.';
    check(PUB, [[text, '10 p.m.', '2022-12-08T22:00', 'TIME']]);
    // a speech frame with no events' day before it: the clock keeps the frame's day
    const alone = 'Speaking at a briefing this afternoon, she said the march would start at 4pm.';
    check('2012-08-17', [[alone, '4pm', '2012-08-17T16:00', 'TIME']]);
  });
  it('a clock looking ahead from a saying is not dated before the saying', () => {
    const pub = '2024-05-08'; // a Wednesday
    // no day in its sentence, the story day two days before publication: the publication day
    check(pub, [['A fire broke out on Monday in the old town. The mayor said a curfew would start at 10 p.m.', '10 p.m.', '2024-05-08T22:00', 'TIME']]);
    // a saying day in its sentence: not before it
    check(pub, [['A fire broke out on Monday in the old town. The mayor said on Tuesday a curfew would start at 10 p.m.', '10 p.m.', '2024-05-07T22:00', 'TIME']]);
    // kept (negatives): a story day the day before publication; a clock told in the past
    check(pub, [['A fire broke out on Tuesday in the old town. The mayor said a curfew would start at 10 p.m.', '10 p.m.', '2024-05-07T22:00', 'TIME']]);
    check(pub, [['A fire broke out on Monday in the old town. Firefighters said the blaze started at 10 p.m.', '10 p.m.', '2024-05-06T22:00', 'TIME']]);
  });
});
