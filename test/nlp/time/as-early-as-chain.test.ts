// "as early as" looks ahead only when its own verb chain does ("could come as early as Friday", "is set to meet as
// early as Monday"); a chain told in the past gives an early date told: a regular or irregular past ("knew",
// "began"), an ambiguous form made a verb by its particle ("set up"), a past auxiliary even before a preposition
// "to" ("had moved to their new site"). Invented sentences; publication date pinned to a Friday.
import { describe, it } from 'node:test';
import { check } from './helpers.js';

const FRI = '2019-03-15';

describe('time: "as early as" in a past verb chain', () => {
  it('is an early date told, not a bound ahead', () => {
    check(FRI, [
      ['The regulator flagged the leak as early as October, files show.', 'October', '2018-10', 'DATE', 'ON_OR_AFTER'],
      ['Brenholt\'s engineers knew as early as November that the pylon was cracked.', 'November', '2018-11', 'DATE', 'ON_OR_AFTER'],
      ['Queues began as early as Monday outside the Velmar depot.', 'Monday', '2019-03-11', 'DATE', 'ON_OR_AFTER'],
      ['Volunteers set up tents as early as Monday.', 'Monday', '2019-03-11', 'DATE', 'ON_OR_AFTER'],
      ['The choir had moved to their new hall as early as Monday.', 'Monday', '2019-03-11', 'DATE', 'ON_OR_AFTER'],
      ['Farmers drove to Ostrava as early as Monday.', 'Monday', '2019-03-11', 'DATE', 'ON_OR_AFTER'],
      ['The mayor cautioned as early as December that the levee might fail.', 'December', '2018-12', 'DATE', 'ON_OR_AFTER'],
    ]);
  });
  it('negative: a modal, a plan, an infinitive or a bare present still looks ahead', () => {
    check(FRI, [
      ['A ruling could arrive as early as October, lawyers said.', 'October', '2019-10', 'DATE', 'ON_OR_AFTER'],
      ['The tender was expected as early as Monday.', 'Monday', '2019-03-18', 'DATE', 'ON_OR_AFTER'],
      ['The club is set to name a coach as early as Monday.', 'Monday', '2019-03-18', 'DATE', 'ON_OR_AFTER'],
      ['The airline plans to resume flights as early as Monday.', 'Monday', '2019-03-18', 'DATE', 'ON_OR_AFTER'],
      ['Hearings resume as early as Monday.', 'Monday', '2019-03-18', 'DATE', 'ON_OR_AFTER'],
    ]);
  });
  it('negative: a reporting verb before the clause dates the saying, not the event', () => {
    check(FRI, [
      ['The ministry announced talks resume as early as Monday.', 'Monday', '2019-03-18', 'DATE', 'ON_OR_AFTER'],
      ['Ostler told staff the plant reopens as early as Monday.', 'Monday', '2019-03-18', 'DATE', 'ON_OR_AFTER'],
    ]);
  });
});
