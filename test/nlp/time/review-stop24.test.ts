// Findings of the code review of stop 24's time commits. Sentences are our own; publication date pinned to
// 2024-01-10 (a Wednesday) unless noted.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { check, times } from './helpers.js';

const WED = '2024-01-10';
/** No time overlaps `needle` in `text`. */
const noTimeAt = (text: string, needle: string, pub = WED): void => {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`test bug: "${needle}" not in text`);
  const t = times(text, pub).find((x) => x.start < i + needle.length && i < x.end);
  assert.equal(t, undefined, `no time expected at "${needle}" in: ${text} (got ${t?.text} ${t?.value} [${t?.rule}])`);
};

describe('review stop 24, finding 1: a noun after "of X" is named, and a proper noun is no modifier', () => {
  it('a present verb after "of <proper noun>" still schedules', () => {
    check(WED, [
      ['Members of parliament vote on Sunday.', 'Sunday', '2024-01-14', 'DATE'],
      ['The people of Taiwan vote on Saturday.', 'Saturday', '2024-01-13', 'DATE'],
      ['Citizens of Chad vote Sunday in a referendum.', 'Sunday', '2024-01-14', 'DATE'],
      ['The Senate of Italy votes Friday on the budget.', 'Friday', '2024-01-12', 'DATE'],
    ]);
  });
  it('negative: "of valid votes", "in home games" stay nouns', () => {
    check(WED, [
      ['The party won 50.9 percent of valid votes on Sunday.', 'Sunday', '2024-01-07', 'DATE'],
      ['He scored in the home games Sunday and Monday.', 'Sunday', '2024-01-07', 'DATE'],
    ]);
  });
});

describe('review stop 24, finding 2: a supposed or awaited outcome does not decide a contest', () => {
  it('a condition, a free relative, a wish or a count ahead leaves the contest ahead', () => {
    check(WED, [
      ['If he wins Sunday\'s election, he will be president.', 'Sunday', '2024-01-14', 'DATE'],
      ['Whoever wins Sunday\'s election will face a crisis.', 'Sunday', '2024-01-14', 'DATE'],
      ['He hopes to become president after winning Sunday\'s election.', 'Sunday', '2024-01-14', 'DATE'],
      ['The count of Sunday\'s vote will begin at 8 p.m.', 'Sunday', '2024-01-14', 'DATE'],
      ['The count of Sunday\'s vote will begin at 8 p.m.', '8 p.m.', '2024-01-14T20:00', 'TIME'],
    ]);
  });
  it('negative: a told outcome is still past', () => {
    check(WED, [
      ['He became president after winning Sunday\'s election.', 'Sunday', '2024-01-07', 'DATE'],
      ['The man who won Sunday\'s election was sworn in.', 'Sunday', '2024-01-07', 'DATE'],
      ['The results of Sunday\'s vote showed a clear lead.', 'Sunday', '2024-01-07', 'DATE'],
    ]);
  });
});

describe('review stop 24, finding 3: a part of the day before the head of a compound names no time', () => {
  it('"the evening news cycle", "the night shift", "by evening light" are no times', () => {
    noTimeAt('He spent the evening news cycle defending himself.', 'evening');
    noTimeAt('Most of the night shift was sent home.', 'night');
    noTimeAt('He spent the morning session in court.', 'morning');
    noTimeAt('He read the paper by evening light.', 'evening');
    noTimeAt('Stay until afternoon tea.', 'afternoon');
    noTimeAt('The minister spoke in the morning session of parliament.', 'morning');
  });
  it('negative: a part of the day with no compound head stays a time', () => {
    check(WED, [
      ['He spent the evening with his family.', 'the evening', '2024-01-10TEV', 'TIME'],
      ['Most of the night was quiet.', 'the night', '2024-01-10TNI', 'TIME'],
      ['The rebels withdrew by evening.', 'evening', '2024-01-10TEV', 'TIME'],
      // what is left of a session is a stretch of the afternoon
      ['Trading was halted for the rest of the afternoon session.', 'the afternoon', '2024-01-10TAF', 'TIME'],
    ]);
  });
});

describe('review stop 24, finding 4: a temperature or age word must govern the "20s"; "second-or-two" counts', () => {
  it('a full stop or another number between leaves the decade', () => {
    check(WED, [
      ['Lows in the 20s. Music of the 60s was popular.', '60s', '196', 'DATE'],
      ['He was aged 30 when, in the 80s, he moved.', '80s', '198', 'DATE'],
      ['He paused for a second-or-two.', 'a second', 'PT1S', 'DURATION'],
      ['It took a second-and-a-half.', 'a second', 'PT1S', 'DURATION'],
    ]);
  });
  it('negative: temperatures, ages and ordinal compounds stay out', () => {
    noTimeAt('Lows in the 20s. Music of the 60s was popular.', '20s');
    noTimeAt('Temperatures are expected to drop back into the mid-20s later this week.', '20s');
    noTimeAt('A man in his 40s was arrested.', '40s');
    noTimeAt('It is the country\'s second-largest bank.', 'second');
    noTimeAt('He scored a second-half try.', 'second');
  });
});

describe('review stop 24, finding 5: a decimal count of centuries is rounded to whole years', () => {
  it('1.1 centuries is P110Y, 2.3 centuries P230Y', () => {
    check(WED, [
      ['The dynasty ruled for 1.1 centuries.', '1.1 centuries', 'P110Y', 'DURATION'],
      ['The dynasty ruled for 2.3 centuries.', '2.3 centuries', 'P230Y', 'DURATION'],
      // negative: a whole count is as before
      ['The dynasty ruled for two centuries.', 'two centuries', 'P200Y', 'DURATION'],
    ]);
  });
});

describe('review stop 24, finding 6: "later in the day" after a day ahead is that day in a future clause', () => {
  it('a plain future keeps the day named ahead', () => {
    check(WED, [['Blinken will meet Aliyev on Thursday. Later in the day he will fly to Baku.', 'Later in the day', '2024-01-11', 'DATE']]);
  });
  it('negative: a past clause, or a future told in the past, is the publication day', () => {
    check(WED, [
      ['Blinken will meet Aliyev on Thursday. Later in the day, he spoke to reporters.', 'Later in the day', '2024-01-10', 'DATE'],
      ['Blinken will meet Aliyev on Thursday. Blinken was expected to speak to Aliyev later in the day.', 'later in the day', '2024-01-10', 'DATE'],
    ]);
  });
});

describe('review stop 24, finding 7: a quoted "today" moves to the story\'s day only as speech with no day of its own', () => {
  const LEAD = 'The deal was signed on Tuesday. ';
  it('a name or term in quotes, or an attribution with its own day, keeps its day', () => {
    check(WED, [
      [LEAD + 'He told NBC\'s "Today" show that peace is near.', 'Today', '2024-01-10', 'DATE'],
      [LEAD + 'He said the "today generation" was lost.', 'today', '2024-01-10', 'DATE'],
      [LEAD + 'Kenyatta told reporters on Wednesday: "Today is not the end."', 'Today', '2024-01-10', 'DATE'],
      [LEAD + '"Today is a new day," a spokesman said in a statement released today.', 'Today', '2024-01-10', 'DATE'],
      // the attribution's weekday before publication is the day it was said
      ['The deal was signed on Monday. Kenyatta told reporters on Tuesday: "Today is not the end."', 'Today', '2024-01-09', 'DATE'],
    ]);
  });
  it('negative: speech with no day of its own is still the story\'s day', () => {
    check(WED, [
      [LEAD + '"Today is not the end of the peace process," Kenyatta said.', 'Today', '2024-01-09', 'DATE'],
      [LEAD + 'Kenyatta said: "Today is not the end of the peace process."', 'Today', '2024-01-09', 'DATE'],
    ]);
  });
});

describe('review stop 24, finding 8: a clock time far from any day takes the latest event day told, not only the lead\'s', () => {
  const FILL = 'Officials gave many details about the strikes and the damage, and more words followed here. '.repeat(5);
  it('a later event day (not after publication) is the story\'s day by then', () => {
    check(WED, [['Iran launched missiles on Monday. ' + FILL + 'A fire broke out on Tuesday. ' + FILL + 'The fire started at about 1:30 a.m.', '1:30 a.m.', '2024-01-09T01:30', 'TIME']]);
  });
  it('negative: a day of saying or an older background day does not move it', () => {
    check(WED, [
      ['Iran launched missiles on Tuesday. ' + FILL + 'Officials said on Wednesday that the damage was large. ' + FILL + 'The missiles struck at about 1:30 a.m.', '1:30 a.m.', '2024-01-09T01:30', 'TIME'],
      ['Iran launched missiles on Tuesday. ' + FILL + 'A fire broke out on Sunday. ' + FILL + 'The missiles struck at about 1:30 a.m.', '1:30 a.m.', '2024-01-09T01:30', 'TIME'],
      // a day weeks after the story's day is another strand of the story
      ['The doctor was shot to death on Dec. 1. ' + FILL + 'A rifle was found on Jan. 2. ' + FILL + 'He was shot at 10 p.m.', '10 p.m.', '2023-12-01T22:00', 'TIME'],
    ]);
  });
});

describe('review stop 24, finding 9: a weekday apposed to a date with no year picks the year where they agree', () => {
  it('"June 4, a Tuesday" is 2024-06-04 for both, not June 4 2023 and a Tuesday near publication', () => {
    check(WED, [
      ['The vote was on June 4, a Tuesday.', 'June 4', '2024-06-04', 'DATE'],
      ['The vote was on June 4, a Tuesday.', 'Tuesday', '2024-06-04', 'DATE'],
    ]);
  });
  it('negative: a written year stays, and the weekday is that date', () => {
    check(WED, [
      ['The vote was on June 4, 2023, a Tuesday.', 'June 4, 2023', '2023-06-04', 'DATE'],
      ['The vote was on June 4, 2023, a Tuesday.', 'Tuesday', '2023-06-04', 'DATE'],
      ['The vote was on Jan. 2, a Tuesday.', 'Jan. 2', '2024-01-02', 'DATE'],
    ]);
  });
});

describe('review stop 24, finding 10: midnight after "past" and "from"', () => {
  it('a clock reading or a noun after "past midnight" is no AFTER; "from midnight until" opens the day told', () => {
    check(WED, [
      ['It was twenty past midnight when the shots rang out.', 'midnight', '2024-01-10T24:00', 'TIME', ''],
      ['It was half past midnight when the shots rang out.', 'midnight', '2024-01-10T24:00', 'TIME', ''],
      ['They walked past midnight crowds.', 'midnight', '2024-01-10T24:00', 'TIME', ''],
      ['The talks went on from midnight until dawn on Tuesday.', 'midnight', '2024-01-09T00:00', 'TIME'],
    ]);
  });
  it('negative: a session past midnight is after it; a ban from midnight starts the next day', () => {
    check(WED, [
      ['The session on Tuesday ran past midnight.', 'midnight', '2024-01-09T00:00', 'TIME', 'AFTER'],
      ['The ban takes effect from midnight on Friday.', 'midnight on Friday', '2024-01-13T00:00', 'TIME'],
    ]);
  });
});

describe('review stop 24, finding 11: "overnight" after a determiner and before a noun is an adjective', () => {
  it('"The overnight interest rate", "The overnight bus", "An overnight curfew" are no times', () => {
    noTimeAt('The overnight interest rate rose to 5%.', 'overnight');
    noTimeAt('The overnight bus crashed.', 'overnight');
    noTimeAt('An overnight curfew was imposed on Monday.', 'overnight');
  });
  it('negative: the adverb and "the overnight hours" stay times', () => {
    check(WED, [
      ['Russia attacked Kyiv overnight.', 'overnight', '2024-01-09TNI', 'TIME'],
      ['Shelling continued in the overnight hours.', 'overnight', '2024-01-09TNI', 'TIME'],
    ]);
  });
});

describe('review stop 24, finding 12: "later this week" on a Sunday is next week only when told from that Sunday', () => {
  const SUN = '2024-01-14';
  it('an earlier day named before it in the sentence keeps its week', () => {
    check(SUN, [['The minister said on Monday he would visit later this week.', 'later this week', '2024-W02', 'DATE']]);
  });
  it('negative: with no earlier day it is the next week', () => {
    check(SUN, [['The minister will visit later this week.', 'later this week', '2024-W03', 'DATE']]);
  });
});
