// Eleventh pass on the time stage (issue 4): centuries counted in years. Sentences are our own; publication
// date pinned.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { check, times } from './helpers.js';

const THU = '2023-09-14'; // a Thursday

describe('time (eleventh pass): centuries are counted in years', () => {
  it('values a counted century as years (P100Y), with its bound', () => {
    check(THU, [
      ['It was the deadliest fire in more than a century.', 'more than a century', 'P100Y', 'DURATION', 'MORE_THAN'],
      ['The policy ends more than two centuries of neutrality.', 'more than two centuries', 'P200Y', 'DURATION', 'MORE_THAN'],
      ['The bridge stood for half a century.', 'half a century', 'P50Y', 'DURATION'],
      ['Sea levels will rise over the next century.', 'the next century', 'P100Y', 'DURATION'],
      // negative: decades keep their unit, the vague plural keeps its unit, a named century is a date
      ['The war has lasted more than a decade.', 'more than a decade', 'P1DE', 'DURATION', 'MORE_THAN'],
      ['The church was built in the 19th century.', 'the 19th century', '18', 'DATE'],
    ]);
  });
});

describe('time (eleventh pass): a clock time with no day of its own is on the story\'s day', () => {
  it('takes the lead\'s day over the publication day, and over an older background day', () => {
    check(THU, [
      // no day near the clock: the lead's day (Wednesday), not the publication day
      ['Congress on Wednesday removed the president from office.\n\n' + 'The debate went on for a long time, with many speeches and many votes, '.repeat(6)
        + 'and the result was announced shortly before noon.', 'noon', '2023-09-13T12:00', 'TIME', 'BEFORE'],
      // the last day named is background two or more days older than the story's day
      ['Iran fired missiles at two bases early on Wednesday, days after a strike killed its general last Friday.\n\n'
        + 'The missiles struck the base at about 1:30 a.m. local time.', '1:30 a.m. local time', '2023-09-13T01:30', 'TIME'],
      // negative: the day before the story's day still tells the story (the night before)
      ['Divers recovered two bodies on Wednesday. Two people were pulled from the river alive early on Tuesday.\n\n'
        + 'The ship reported losing propulsion at about 1.25am.', '1.25am', '2023-09-12T01:25', 'TIME'],
      // negative: the clock's own day wins; a present or future clause keeps the publication day
      ['Congress on Wednesday removed the president. The vote was held at 3 p.m. on Monday.', '3 p.m. on Monday', '2023-09-11T15:00', 'TIME'],
      ['Congress on Wednesday removed the president.\n\nThe new president will be sworn in at 4 p.m.', '4 p.m.', '2023-09-14T16:00', 'TIME'],
    ]);
  });
});

describe('time (eleventh pass): overnight and midnight', () => {
  it('"overnight" ahead is the coming night; in the past the night before publication', () => {
    check(THU, [
      ['The toll is expected to rise sharply overnight.', 'overnight', '2023-09-14TNI', 'TIME'],
      ['Rebels attacked the town overnight.', 'overnight', '2023-09-13TNI', 'TIME'],
    ]);
    // negative: an adjective of a thing is no time
    assert.equal(times('The overnight deposit rate stands at 27.25 percent.', THU).filter((t) => /TNI/.test(t.value)).length, 0);
  });
  it('the midnight an event came after is the start of its day; "from midnight" starts the next day', () => {
    check(THU, [
      ['The session on Wednesday ran past midnight.', 'midnight', '2023-09-13T00:00', 'TIME'],
      ['He said on Wednesday that the notes would cease to be legal tender from midnight.', 'midnight', '2023-09-14T00:00', 'TIME'],
      // negative: a bare midnight stays the end of its day
      ['The deadline expired at midnight on Wednesday.', 'midnight on Wednesday', '2023-09-13T24:00', 'TIME'],
    ]);
  });
});

describe('time (eleventh pass): weekdays of decided contests and noun "votes"', () => {
  const MON = '2024-06-03'; // a Monday
  it('a contest whose outcome the clause tells is past, whatever else looks ahead', () => {
    check(MON, [
      ['She will be the first woman president after winning Sunday\'s election by a landslide.', 'Sunday', '2024-06-02', 'DATE'],
      ['Quick counts showed him winning a clear majority in Friday\'s election.', 'Friday', '2024-05-31', 'DATE'],
      // negative: a contest still ahead looks ahead
      ['She is expected to win Sunday\'s runoff.', 'Sunday', '2024-06-09', 'DATE'],
      ['Parties will campaign hard ahead of Sunday\'s election.', 'Sunday', '2024-06-09', 'DATE'],
    ]);
  });
  it('"votes" after a preposition and a modifier is a noun, not a schedule', () => {
    check(MON, [
      ['Lula won 50.9 percent of valid votes on Sunday against 49.1 percent for Bolsonaro.', 'Sunday', '2024-06-02', 'DATE'],
      // negative: a verb of schedule still looks ahead
      ['The parliament votes on Friday on the budget.', 'Friday', '2024-06-07', 'DATE'],
    ]);
  });
});

describe('time (eleventh pass): "later this week" on a Sunday; a weekday apposed to a date', () => {
  it('"later this week" written on a Sunday is the next ISO week', () => {
    check('2025-05-04', [['The allocation will be confirmed later this week.', 'later this week', '2025-W19', 'DATE']]);
    // negative: on any other day it is the publication week
    check(THU, [['The allocation will be confirmed later this week.', 'later this week', '2023-W37', 'DATE']]);
  });
  it('a weekday apposed to a full date is that date', () => {
    check('2025-04-04', [['The vote is likely to be held on June 3, a Tuesday, officials said.', 'Tuesday', '2025-06-03', 'DATE']]);
    // a weekday that is not the date's own, with no year near where they agree ahead, is still that date, never a
    // day near publication (review of stop 24, finding 9)
    check('2025-04-04', [['The vote is likely to be held on June 3, a Monday, officials said.', 'Monday', '2025-06-03', 'DATE']]);
  });
});

describe('time (eleventh pass): a quoted "today" is the story\'s day', () => {
  it('in a report published the day after the story, a speaker\'s "today" is the story\'s day', () => {
    check(THU, [
      ['The two sides signed a peace deal on Wednesday in Pretoria.\n\n"Today is not the end of the peace process," the mediator said.', 'Today', '2023-09-13', 'DATE'],
      // negative: outside quotation marks "today" is the publication day
      ['The two sides signed a peace deal on Wednesday in Pretoria.\n\nTalks resume today in Nairobi.', 'today', '2023-09-14', 'DATE'],
      ['The jury reached its verdict on Wednesday.\n\n"I would not call today\'s verdict justice," the attorney general said.', 'today', '2023-09-13', 'DATE'],
      // negative: a quoted "today" inside its sentence is often the present at large
      ['The director testified to the committee on Wednesday.\n\n"To keep the program going we need some funds today," he said.', 'today', '2023-09-14', 'DATE'],
      // negative: when the story is the publication day's, so is the quoted "today"
      ['The two sides signed a peace deal on Thursday in Pretoria.\n\n"Today we close a difficult chapter," the mediator said.', 'Today', '2023-09-14', 'DATE'],
    ]);
  });
});

describe('time (eleventh pass): "earlier in the day" and "past midnight"', () => {
  it('"earlier/later in the day" is the last day named unless that day is ahead of publication', () => {
    check(THU, [
      ['Premier Horgan is expected to give an update on Friday morning. Horgan, speaking earlier in the day, urged calm.', 'earlier in the day', '2023-09-14', 'DATE'],
      // negative: a past day named before stays the day meant
      ['The city filed for bankruptcy on Wednesday. The governor, who approved the filing earlier in the day, spoke.', 'earlier in the day', '2023-09-13', 'DATE'],
    ]);
  });
  it('"past midnight" is after it', () => {
    check(THU, [
      ['The session on Wednesday ran past midnight.', 'midnight', '2023-09-13T00:00', 'TIME', 'AFTER'],
      // negative: a bare midnight has no bound
      ['The deadline expired at midnight on Wednesday.', 'midnight on Wednesday', '2023-09-13T24:00', 'TIME', ''],
    ]);
  });
});

describe('time (eleventh pass): not times', () => {
  it('an ordinal "second-" compound and a temperature or age in the 20s are no times', () => {
    for (const s of ['The All Blacks replied with a second-half try.', 'Australia will buy at least three second-hand submarines.',
      'Temperatures are expected to drop back into the mid-20s later this week.', 'Most of the victims were in their 30s.']) {
      assert.equal(times(s, THU).filter((t) => /^P|^19\d$/.test(t.value)).length, 0, s);
    }
    // negative: a counted second and a decade stay
    check(THU, [
      ['The lava flowed at 100 cubic metres a second.', 'a second', 'PT1S', 'SET'],
      ['The town boomed in the mid-20s of the last century, records show.', 'mid-20s', '192', 'DATE'],
      ['The race was decided by a second.', 'a second', 'PT1S', 'DURATION'],
    ]);
  });
});

describe('time (eleventh pass): parts of a day told as a stretch or a bound', () => {
  it('"the rest of the evening", "spent the night", "late into the night", "By evening" are times of the day told', () => {
    check(THU, [
      ['Morocco won on Wednesday and defended for the rest of the evening.', 'the evening', '2023-09-13TEV', 'TIME'],
      ['She fled on Wednesday and spent the night in her car.', 'the night', '2023-09-13TNI', 'TIME'],
      ['Celebrations went on late into the night on Wednesday.', 'late into the night', '2023-09-13TNI', 'TIME'],
      ['The dam burst on Wednesday. By evening, 1,300 people had been evacuated.', 'evening', '2023-09-13TEV', 'TIME'],
    ]);
    // negative: "the night of" names a day's event, a morning show is a programme
    for (const s of ['She spent the night of the election at home.', 'He hosts the breakfast show by morning news standards.']) {
      assert.equal(times(s, THU).filter((t) => /T(?:NI|EV|MO|AF)$/.test(t.value)).length, 0, s);
    }
  });
});

describe('time (eleventh pass): an apposition between commas is no clause break for tense', () => {
  const MON = '2024-09-16'; // a Monday
  it('the look ahead reaches a weekday past an apposed noun phrase', () => {
    check(MON, [
      ['The river is expected to peak in Wroclaw, a city of 640,000, on Wednesday or Thursday.', 'Wednesday', '2024-09-18', 'DATE'],
      // negative: a past clause across the same apposition stays past
      ['The river peaked in Wroclaw, a city of 640,000, on Wednesday.', 'Wednesday', '2024-09-11', 'DATE'],
    ]);
  });
});
