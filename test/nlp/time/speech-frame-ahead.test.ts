// A fronted frame of speech dates a saying in the past ("At a news conference on Tuesday, the mayor said …"), but
// not when the main clause itself looks ahead ("At a conference on Friday, world leaders will sign the accord"):
// the frame is then an event to come. Sentences are our own; publication date pinned (a Wednesday).
import { describe, it } from 'node:test';
import { check } from './helpers.js';

const WED = '2024-03-06';

describe('time: a fronted frame before a main clause that looks ahead', () => {
  it('is not past when the main clause has will / is expected to (negatives)', () => {
    check(WED, [
      ['At a conference on Friday, world leaders will sign the accord.', 'Friday', '2024-03-08', 'DATE'],
      ['In a speech on Thursday, the president will outline his plan.', 'Thursday', '2024-03-07', 'DATE'],
      ['In an address on Tuesday, Biden is expected to announce new sanctions.', 'Tuesday', '2024-03-12', 'DATE'],
      ['Speaking at a rally on Saturday, Trump will call for lower taxes.', 'Saturday', '2024-03-09', 'DATE'],
      ['At a briefing on Monday, officials are set to unveil the budget.', 'Monday', '2024-03-11', 'DATE'],
    ]);
  });
  it('still dates a saying in the past (positives)', () => {
    check(WED, [
      ['At a news conference on Tuesday, the mayor said the city will recover.', 'Tuesday', '2024-03-05', 'DATE'],
      ['In a speech on Monday, the president said elections will be held.', 'Monday', '2024-03-04', 'DATE'],
      ['Speaking to reporters on Monday, he said the plan would work.', 'Monday', '2024-03-04', 'DATE'],
    ]);
  });
});
