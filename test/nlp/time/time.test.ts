import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { timeAt, times } from './helpers.js';

// Publication date pinned: Monday 11 September 2023 unless a case says otherwise.
const PUB = '2023-09-11';

/** [sentence, the time's text (substring to find), expected value, expected type, expected mod?] */
type Case = [string, string, string, string, string?];

function check(cases: Case[], pub: string | null = PUB): void {
  for (const [text, needle, value, type, mod] of cases) {
    const t = timeAt(text, needle, pub ?? undefined);
    assert.ok(t, `no time found for "${needle}" in: ${text}`);
    assert.equal(t.value, value, `value of "${needle}" in: ${text} (rule ${t.rule})`);
    assert.equal(t.type, type, `type of "${needle}" in: ${text}`);
    if (mod !== undefined) assert.equal(t.mod, mod === '' ? undefined : mod, `mod of "${needle}" in: ${text}`);
    assert.ok(t.rule && t.rule.length > 0, 'every time carries a rule');
  }
}

describe('time: absolute dates', () => {
  it('reads news date formats', () => {
    check([
      ['The vote was held on Sept. 10 in the capital.', 'Sept. 10', '2023-09-10', 'DATE'],
      ['It opened on 10 September 2023 to crowds.', '10 September 2023', '2023-09-10', 'DATE'],
      ['The talks end on September 10th, officials said.', 'September 10th', '2023-09-10', 'DATE'],
      ['Filed 2023-09-10 at the court.', '2023-09-10', '2023-09-10', 'DATE'],
      ['The trial is set for March 28, 2024.', 'March 28, 2024', '2024-03-28', 'DATE'],
      ['Sales fell in June 2022, the report said.', 'June 2022', '2022-06', 'DATE'],
      ['The dam was built in 1973.', '1973', '1973', 'DATE'],
      ['Prices peaked in the 1970s.', 'the 1970s', '197', 'DATE'],
      ['It was the worst storm of the 20th century.', '20th century', '19', 'DATE'],
      ['Profit rose in the third quarter of 2022.', 'third quarter', '2022-Q3', 'DATE'],
      ['Its fiscal 2024 budget was cut.', 'fiscal 2024', '2024', 'DATE'],
      ['The plan covers the current fiscal year.', 'current fiscal year', '2023', 'DATE'],
      ['Sales rose last February.', 'last February', '2023-02', 'DATE'],
      ['Sales rose last October.', 'last October', '2022-10', 'DATE'],
      ['The election is due this September.', 'this September', '2023-09', 'DATE'],
      ['Construction stalled in mid-2019.', 'mid-2019', '2019', 'DATE', 'MID'],
      ['The cuts come in late November.', 'late November', '2023-11', 'DATE', 'END'],
    ]);
  });

  it('chooses numeric date order by the reading nearer the publication date', () => {
    check([
      ['Released 9/10/2023 by the ministry.', '9/10/2023', '2023-09-10', 'DATE'],
      ['Released 25/08/2023 by the ministry.', '25/08/2023', '2023-08-25', 'DATE'],
      ['Released 10/9/2023 by the ministry.', '10/9/2023', '2023-09-10', 'DATE'],
    ]);
  });

  it('reads numeric dates day-first for outlets that write them so', async () => {
    const { tagTimes } = await import('../../../src/nlp/time/index.js');
    const text = 'The report dated 05/09/2023 was released.';
    assert.equal(tagTimes(text, { anchorDate: PUB, outlet: 'BBC News' }).times[0]?.value, '2023-09-05');
    assert.equal(tagTimes(text, { anchorDate: PUB, outlet: 'Associated Press' }).times[0]?.value, '2023-05-09');
  });

  it('places bare months by tense: before publication in the past, after in the future', () => {
    check([
      ['Kim last visited Russia in July.', 'July', '2023-07', 'DATE'],
      ['The summit will take place in July.', 'July', '2024-07', 'DATE'],
      ['Inflation rose 3.2% in August.', 'August', '2023-08', 'DATE'],
      ['The council will vote in November.', 'November', '2023-11', 'DATE'],
      // Habitual statements are about any such month: left unanchored, as TimeML does.
      ['Farmers usually plant in April.', 'April', 'XXXX-04', 'DATE'],
      ['Rain fell in April. Farmers usually plant then.', 'April', '2023-04', 'DATE'],
    ]);
  });

  it('places a month-day near publication across the year boundary', () => {
    check([
      ['The fire broke out on Dec. 28, officials said.', 'Dec. 28', '2023-12-28', 'DATE'],
      ['The vote is set for Jan. 4.', 'Jan. 4', '2024-01-04', 'DATE'],
    ], '2024-01-03');
    check([['The vote is set for Jan. 4.', 'Jan. 4', '2024-01-04', 'DATE']], '2023-12-20');
  });

  it('reads a month-day range and a year range', () => {
    const t = timeAt('The fair runs Sept 10-13 in Leipzig.', 'Sept 10-13', PUB);
    assert.ok(t);
    assert.equal(t.value, '2023-09-10');
    assert.deepEqual(t.range, { from: '2023-09-10', to: '2023-09-13' });
    const two = times('The programme ran from 2019 to 2021.', PUB).map((x) => x.value);
    assert.deepEqual(two, ['2019', '2021']);
  });
});

describe('time: relative and deictic', () => {
  it('resolves today/yesterday/tomorrow and units relative to publication', () => {
    check([
      ['The minister resigned yesterday.', 'yesterday', '2023-09-10', 'DATE'],
      ['Talks resume tomorrow.', 'tomorrow', '2023-09-12', 'DATE'],
      ['Markets fell today.', 'today', '2023-09-11', 'DATE'],
      ['The bank raised rates last week.', 'last week', '2023-W36', 'DATE'],
      ['The bank meets next week.', 'next week', '2023-W38', 'DATE'],
      ['Output fell last month.', 'last month', '2023-08', 'DATE'],
      ['Exports rose this year.', 'this year', '2023', 'DATE'],
      ['The plan was announced earlier this month.', 'earlier this month', '2023-09', 'DATE'],
      ['Growth slows by the end of the year.', 'the end of the year', '2023', 'DATE', 'END'],
      ['The plant closed three years ago.', 'three years ago', '2020', 'DATE'],
      ['The shelling began a few hours ago.', 'a few hours ago', 'PAST_REF', 'DATE'],
      ['The rocks formed 4.5 billion years ago.', 'billion years ago', 'PAST_REF', 'DATE'],
      ['The economy is now in recession.', 'now', 'PRESENT_REF', 'DATE'],
      ['Such floods were rare in the past.', 'the past', 'PAST_REF', 'DATE'],
      ['A visit is expected in the coming days.', 'in the coming days', 'FUTURE_REF', 'DATE'],
      ['The capsule should land in a day or two.', 'a day or two', 'FUTURE_REF', 'DATE'],
    ]);
  });

  it('gives "in the coming days" a range from publication', () => {
    const t = timeAt('A visit is expected in the coming days.', 'coming days', PUB);
    assert.ok(t?.range);
    assert.equal(t.range.from, '2023-09-11');
    assert.ok(t.range.to > '2023-09-11');
  });

  it('anchors weekdays by tense (publication Thursday 14 September 2023)', () => {
    const pub = '2023-09-14';
    check([
      ['The minister said on Tuesday that aid had arrived.', 'Tuesday', '2023-09-12', 'DATE'],
      ['The leaders will meet on Wednesday in Geneva.', 'Wednesday', '2023-09-20', 'DATE'],
      ['Officials said on Thursday the toll rose.', 'Thursday', '2023-09-14', 'DATE'],
      ['The summit is expected to occur as early as Tuesday local time.', 'Tuesday', '2023-09-19', 'DATE', 'ON_OR_AFTER'],
      ['Explosions were heard on Sunday night.', 'Sunday night', '2023-09-10TNI', 'TIME'],
      ['The report, updated on Sunday morning, puts the toll at 3,958.', 'Sunday morning', '2023-09-10TMO', 'TIME'],
      ['Talks ran between Monday and Wednesday.', 'Monday', '2023-09-11', 'DATE'],
      ['The summit opens Monday in Vladivostok.', 'Monday', '2023-09-18', 'DATE'],
      ['Kim announced Friday that he will visit.', 'Friday', '2023-09-08', 'DATE'],
    ], pub);
  });

  it('resolves anaphoric shifts from the last date mentioned', () => {
    check([
      ['The craft launched in 2016 and arrived two years later.', 'two years later', '2018', 'DATE'],
      ['Prices rose 0.6% in August, 3.7% higher than a year earlier.', 'a year earlier', '2022-08', 'DATE'],
    ]);
  });
});

describe('time: durations', () => {
  it('normalises counts, fractions and bounds', () => {
    check([
      ['His first trip abroad in over four years.', 'over four years', 'P4Y', 'DURATION', 'MORE_THAN'],
      ['The train travelled for an entire day.', 'an entire day', 'P1D', 'DURATION'],
      ['Convoys arrived in the past 48 hours.', 'the past 48 hours', 'PT48H', 'DURATION'],
      ['The war has lasted more than a decade.', 'more than a decade', 'P1DE', 'DURATION', 'MORE_THAN'],
      ['He served nearly 4 1/2 years in prison.', '4 1/2 years', 'P4Y6M', 'DURATION'],
      ['The jury deliberated for roughly four and a half hours.', 'four and a half hours', 'PT4H30M', 'DURATION', 'APPROX'],
      ['The strike went on for months.', 'months', 'PXM', 'DURATION'],
      ['Within two hours, crews arrived.', 'Within two hours', 'PT2H', 'DURATION', 'EQUAL_OR_LESS'],
      ['Repairs were halted after a few months.', 'a few months', 'PXM', 'DURATION'],
      ['Stocks hit a five-year low.', 'five-year', 'P5Y', 'DURATION'],
    ]);
  });
});

describe('time: clock times and sets', () => {
  it('reads clock times with zones and parts of day', () => {
    check([
      ['The blast happened at 10:00 GMT on Monday.', '10:00 GMT', '2023-09-11T10:00', 'TIME'],
      ['The rocket lifted off at 16:08 UTC on Monday.', '16:08 UTC', '2023-09-11T16:08Z', 'TIME'],
      ['Polls close at 8 p.m. local time.', '8 p.m.', '2023-09-11T20:00', 'TIME'],
      ['The court sits at noon.', 'noon', '2023-09-11T12:00', 'TIME'],
      ['Officials met at midday.', 'midday', '2023-09-11T12:00', 'TIME'],
      ['Protesters gathered this morning.', 'this morning', '2023-09-11TMO', 'TIME'],
      ['Police arrived last night.', 'last night', '2023-09-10TNI', 'TIME'],
    ]);
  });

  it('reads sets', () => {
    check([
      ['The festival takes place every year.', 'every year', 'P1Y', 'SET'],
      ['The board meets weekly.', 'weekly', 'P1W', 'SET'],
      ['Trains run twice a day.', 'twice a day', 'P1D', 'SET'],
    ]);
  });
});

describe('time: spans and signals', () => {
  it('leaves possessives and prepositions out of the span', () => {
    const ts = times("Tuesday's vote came on Monday, a day before today's rally.", PUB);
    assert.deepEqual(ts.map((t) => t.text), ['Tuesday', 'Monday', 'a day', 'today']);
  });

  it('reads "until" as looking ahead unless the clause is past', () => {
    check([
      ['Markets will remain closed until Friday.', 'Friday', '2023-09-15', 'DATE'],
      ['Markets were closed until Friday.', 'Friday', '2023-09-08', 'DATE'],
      ['The ban applies until March.', 'March', '2024-03', 'DATE'],
    ]);
  });

  it('treats since as past and reads fixed-date shifts', () => {
    check([
      ['Rescuers have searched since Monday.', 'Monday', '2023-09-11', 'DATE'],
      ['Prices have doubled since 2019.', '2019', '2019', 'DATE'],
      ['Sales fell 5% in August from the same month a year earlier.', 'the same month a year earlier', '2022-08', 'DATE'],
      ['The decades-long dispute ended.', 'decades-long', 'PXDE', 'DURATION'],
    ]);
  });
});

describe('time: without a publication date', () => {
  it('anchors on a dateline date when there is one', () => {
    const text = 'GENEVA, Sept. 12, 2023 (AP) — Aid agencies said on Monday that roads were cut.';
    const t = timeAt(text, 'Monday');
    assert.equal(t?.value, '2023-09-11');
  });

  it('leaves deictic values unresolved rather than guessing', () => {
    check([
      ['The minister resigned yesterday.', 'yesterday', 'XXXX-XX-XX', 'DATE'],
      ['Kim last visited Russia in July.', 'July', 'XXXX-07', 'DATE'],
      ['The bank meets next week.', 'next week', 'XXXX-WXX', 'DATE'],
      ['The dam was built in 1973.', '1973', '1973', 'DATE'],
    ], null);
  });
});

describe('time: output invariants', () => {
  it('is sorted, non-overlapping and spans match the text', () => {
    const text = 'On Monday, Sept. 11, 2023, at 10 a.m. local time, over four years after the 2019 summit, officials said '
      + 'talks would resume next week, in the coming days or by the end of the year; recently, every year, now.';
    const ts = times(text, PUB);
    assert.ok(ts.length >= 8);
    for (let i = 0; i < ts.length; i++) {
      const t = ts[i]!;
      assert.equal(text.slice(t.start, t.end), t.text);
      if (i > 0) assert.ok(ts[i - 1]!.end <= t.start, 'sorted and non-overlapping');
    }
  });
});
