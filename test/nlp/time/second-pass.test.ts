// Second pass on the time stage: financial-period anaphora, span conventions, week phrases, spelled-out
// years. Sentences are our own; publication dates are pinned per case.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { times } from './helpers.js';
import { bestOf, describeBound } from '../../helpers/bound.js';

/** [text, time text expected exactly, value, type, mod?] — the span must match exactly. */
type Case = [string, string, string, string, string?];

function check(pub: string | undefined, cases: Case[]): void {
  for (const [text, span, value, type, mod] of cases) {
    const all = times(text, pub);
    const i = text.indexOf(span);
    if (i < 0) throw new Error(`test bug: "${span}" not in text`);
    const t = all.find((x) => x.start < i + span.length && i < x.end);
    assert.ok(t, `no time for "${span}" in: ${text}`);
    assert.equal(t.text, span, `span in: ${text} (rule ${t.rule})`);
    assert.equal(t.value, value, `value of "${span}" in: ${text} (rule ${t.rule})`);
    assert.equal(t.type, type, `type of "${span}" in: ${text}`);
    if (mod !== undefined) assert.equal(t.mod, mod === '' ? undefined : mod, `mod of "${span}" in: ${text}`);
    assert.ok(t.rule, 'every time carries a rule');
  }
}

/** No time at all overlapping `span`. */
function none(pub: string | undefined, text: string, span: string): void {
  const i = text.indexOf(span);
  const t = times(text, pub).find((x) => x.start < i + span.length && i < x.end);
  assert.equal(t, undefined, `unexpected time "${t?.text}" (${t?.rule}) in: ${text}`);
}

describe('time (second pass): results-story anaphora', () => {
  it('a year-ago comparison does not become the quarter under discussion', () => {
    const pub = '2023-11-02';
    const text = 'Acme said net income rose 12% in the third quarter. A year ago, it earned $3 million. '
      + 'Sales in the quarter were $40 million, and the year-earlier period included a charge.';
    check(pub, [
      [text, 'the third quarter', '2023-Q3', 'DATE'],
      [text, 'A year ago', '2022-Q3', 'DATE'],
      [text, 'the quarter', '2023-Q3', 'DATE'],
      [text, 'the year-earlier period', '2022-Q3', 'DATE'],
    ]);
  });
});

describe('time (second pass): results periods named with a year', () => {
  const pub = '2023-11-02';
  it("joins the year's possessive or the year to the quarter (TimeML span)", () => {
    const text = "Sales for this year's third quarter were $14 million, against $9 million in last year's quarter. "
      + 'The 2022 second quarter included a charge, and the 2022 period was weak. Orders may recover in next year\'s first half.';
    check(pub, [
      [text, "this year's third quarter", '2023-Q3', 'DATE'],
      [text, "last year's quarter", '2022-Q3', 'DATE'],
      [text, 'The 2022 second quarter', '2022-Q2', 'DATE'],
      [text, 'the 2022 period', '2022-Q3', 'DATE'],
      [text, "next year's first half", '2024-H1', 'DATE'],
    ]);
  });
  it('reads the fiscal quarter, the last half of a year and the corresponding period', () => {
    check(pub, [
      ['Profit rose in the fiscal first quarter, ended Sept. 30.', 'the fiscal first quarter', '2023-Q1', 'DATE'],
      ['Output slowed in the last half of 2022.', 'the last half of 2022', '2022-H2', 'DATE'],
      ['Net rose in the third quarter, from $2 million in the corresponding period last year.', 'the corresponding period last year', '2022-Q3', 'DATE'],
    ]);
  });
  it('"the year ended Sept. 30" is a stretch of a year (DURATION), "the year" alone stays a date', () => {
    check(pub, [
      ['Revenue was $76 million for the year ended March 31.', 'the year', 'P1Y', 'DURATION'],
      ['It expects a loss in the fiscal year ending in June.', 'the fiscal year', 'P1Y', 'DURATION'],
      ['Sales rose 4% in August and 9% over the year.', 'the year', '2023', 'DATE'],
    ]);
  });
  it('a later "a year earlier" follows the current quarter, not an earlier year listed before it', () => {
    const text = 'Earnings were $1 in 2022 and $2 in 2021. Sales for this year\'s third quarter were $14 million, up from $12 million a year earlier.';
    check(pub, [[text, 'a year earlier', '2022-Q3', 'DATE']]);
  });
});

describe('time (second pass): weeks named by a date or a month', () => {
  it('"the week of March 6" is the ISO week of that day; "the last week of March" the week holding most of its last days', () => {
    check('2009-04-01', [
      ['Car sales rebounded in the last week of March, dealers said.', 'the last week of March', '2009-W13', 'DATE'],
      ['Shipments resumed in the first week of March.', 'the first week of March', '2009-W10', 'DATE'],
      ['The hearing is set for the week of April 20.', 'the week of April 20', '2009-W17', 'DATE'],
      ['Talks were held during the week of March 2, 2009.', 'the week of March 2, 2009', '2009-W10', 'DATE'],
    ]);
  });
  it('a plain "the last week" stays a duration', () => {
    check('2009-04-01', [['Prices fell over the last week.', 'the last week', 'P1W', 'DURATION']]);
  });
});

describe('time (second pass): month-day with a relative year, moveable holidays', () => {
  it('"June 23 last year" takes the year from "last year" and keeps it in the span', () => {
    check('2023-04-14', [
      ['Leaders were arrested on June 23 last year at a congress.', 'June 23 last year', '2022-06-23', 'DATE'],
      ['The plant reopens on 10 March next year.', '10 March next year', '2024-03-10', 'DATE'],
    ]);
  });
  it('moveable holidays by rule and tense', () => {
    check('2000-01-07', [
      ['The boy was found on Thanksgiving Day clinging to an inner tube.', 'Thanksgiving Day', '1999-11-25', 'DATE'],
      ['He was rescued at sea last Thanksgiving.', 'last Thanksgiving', '1999-11-25', 'DATE'],
      ['Churches will be full at Easter, the bishop said.', 'Easter', '2000-04-23', 'DATE'],
      ['The parade was held on Labor Day 1998.', 'Labor Day 1998', '1998-09-07', 'DATE'],
      ['The store will close on Memorial Day.', 'Memorial Day', '2000-05-29', 'DATE'],
      ['The ceasefire was signed on Good Friday 1998.', 'Good Friday 1998', '1998-04-10', 'DATE'],
    ]);
  });
  it('holiday names that are not dates stay out', () => {
    none('2000-01-07', 'They sailed to Easter Island in the Pacific.', 'Easter');
    none('2000-01-07', 'He was a Good Friday agreement negotiator.', 'Good');
    none('2000-01-07', 'The Easter Rising is taught in schools.', 'Easter');
  });
});

describe('time (second pass): spelled-out years', () => {
  it('reads years written in words inside a temporal frame', () => {
    check('1998-02-05', [
      ['Unemployment was to be halved by the year two thousand, the chancellor said.', 'the year two thousand', '2000', 'DATE'],
      ['Prices have risen since January nineteen ninety-seven.', 'January nineteen ninety-seven', '1997-01', 'DATE'],
      ['The floods came in the winter of nineteen ninety-four.', 'the winter of nineteen ninety-four', '1994-WI', 'DATE'],
      ['The law was passed in nineteen ninety-six, after a long debate.', 'nineteen ninety-six', '1996', 'DATE'],
    ]);
  });
  it('leaves spelled counts alone', () => {
    none('1998-02-05', 'About two thousand people marched in the capital.', 'two thousand');
    none('1998-02-05', 'There were nineteen ninety-year-olds at the party.', 'nineteen');
    none('1998-02-05', 'The club has twenty five members in town.', 'twenty five');
  });
});

describe('time (second pass): "recent <units>" is a vague past', () => {
  it('marks PAST_REF with a range before publication (as the news gold does)', () => {
    const pub = '2023-09-11';
    check(pub, [
      ['Kidnappings have risen in recent years.', 'recent years', 'PAST_REF', 'DATE'],
      ['In recent weeks, builders reported delays.', 'recent weeks', 'PAST_REF', 'DATE'],
    ]);
    const t = times('Lenders have grown nervous in recent months.', pub)[0]!;
    assert.deepEqual(t.range, { from: '2023-03-15', to: '2023-09-11' });
  });
  it('"the recent floods" (an adjective on an event) is not a time', () => {
    none('2023-09-11', 'The recent floods displaced thousands.', 'recent');
  });
});

describe('time (second pass): TimeML span conventions', () => {
  const pub = '2023-11-02';
  it('adjectival times leave out the article of the noun they modify', () => {
    check(pub, [
      ['The three-month interbank rate fell.', 'three-month', 'P3M', 'DURATION'],
      ['It expects to release the third-quarter results in mid-November.', 'third-quarter', '2023-Q3', 'DATE'],
      ['The year-ago results included a charge.', 'year-ago', '2022', 'DATE'],
    ]);
  });
  it('"within" and "about" stay outside the span but set the mod', () => {
    check(pub, [
      ['The ministry will decide within 14 days.', '14 days', 'P14D', 'DURATION', 'EQUAL_OR_LESS'],
      ['The flight took about five hours.', 'five hours', 'PT5H', 'DURATION', 'APPROX'],
      ['The strike lasted nearly five months.', 'nearly five months', 'P5M', 'DURATION', 'LESS_THAN'],
    ]);
  });
  it('a noun time phrase keeps its article', () => {
    check(pub, [
      ['Profit rose in the third quarter.', 'the third quarter', '2023-Q3', 'DATE'],
      ['Sales fell over the past three months.', 'the past three months', 'P3M', 'DURATION'],
    ]);
  });
});

describe('time (second pass): "by" + date is a deadline', () => {
  it('looks ahead unless the clause is past', () => {
    check('1989-10-30', [
      ['The company said it plans a program to pay down the loan by February.', 'February', '1990-02', 'DATE'],
      ['By February, the company had repaid the loan.', 'February', '1989-02', 'DATE'],
      ['By March, sales doubled.', 'March', '1989-03', 'DATE'],
      ['Officials said the loan is expected to be repaid by February.', 'February', '1990-02', 'DATE'],
    ]);
    check('2023-09-20', [['By Sunday it had covered 4 billion miles.', 'Sunday', '2023-09-17', 'DATE']]);
  });
});

describe('time (second pass): lists and day adverbs', () => {
  it('"April 24 and 25" marks the first day, a dash still makes a range', () => {
    check('1999-04-19', [
      ['Hearings are set for April 24 and 25 in Buffalo.', 'April 24', '1999-04-24', 'DATE'],
      ['The fair runs April 24-26.', 'April 24-26', '1999-04-24', 'DATE'],
    ]);
  });
  it('"late Monday" spans the day, with the mod', () => {
    check('1997-04-08', [['The yen closed at 124.68 late Monday in Tokyo.', 'Monday', '1997-04-07', 'DATE', 'END']]);
  });
});

describe('time (second pass): duration ranges', () => {
  it('"two to three weeks" is one duration valued by the upper count', () => {
    check('2023-09-13', [
      ['Repairs will take two to three weeks, engineers said.', 'two to three weeks', 'P3W', 'DURATION'],
      ['Talks could last six or seven months.', 'six or seven months', 'P7M', 'DURATION'],
      ['Deals will be made during the next 12 to 18 months.', 'the next 12 to 18 months', 'P18M', 'DURATION'],
    ]);
  });
  it('ages and "ago" are not duration ranges', () => {
    none('2023-09-13', 'Children aged 10 to 14 years old were tested.', '10 to');
    check('2023-09-13', [['Scores rose two to three years ago.', 'three years ago', '2020', 'DATE']]);
  });
});

describe('time (second pass): "or so" and "more recently"', () => {
  it('"or so" joins the span with mod APPROX', () => {
    check('1991-02-25', [
      ['Then, a week or so ago, the general picked Saturday.', 'a week or so ago', '1991-02-18', 'DATE', 'APPROX'],
      ['Prices should stay high for the next two years or so.', 'the next two years or so', 'P2Y', 'DURATION', 'APPROX'],
    ]);
  });
  it('"more recently" is one vague past reference', () => {
    check('1991-02-25', [['More recently, the firm cut jobs.', 'More recently', 'PAST_REF', 'DATE']]);
  });
});

describe('time (second pass): "N years on"', () => {
  it('counts from the last date, or reaches the present when there is none', () => {
    check('2023-09-13', [
      ['Two years on, survivors are still waiting.', 'Two years on', '2023', 'DATE'],
      ['The dam failed in 2019. Two years on, the town was rebuilt.', 'Two years on', '2021', 'DATE'],
    ]);
  });
});

describe('time (second pass): weekday tense from the verb', () => {
  const pub = '2013-03-06'; // a Wednesday
  it('short past verbs ("died") and present scheduling verbs right before the day', () => {
    check(pub, [
      ['Chavez, who died Tuesday, will be buried Friday.', 'Tuesday', '2013-03-05', 'DATE'],
      ['Chavez, who died Tuesday, will be buried Friday.', 'Friday', '2013-03-08', 'DATE'],
      ['The funeral is Friday, officials said.', 'Friday', '2013-03-08', 'DATE'],
      ['Talks resume Monday in Geneva.', 'Monday', '2013-03-11', 'DATE'],
    ]);
  });
  it('not after "to", "did not" or a past verb', () => {
    check(pub, [
      ['Negotiators failed to meet on Monday.', 'Monday', '2013-03-04', 'DATE'],
      ['The two sides did not meet on Tuesday.', 'Tuesday', '2013-03-05', 'DATE'],
      ['Officials said on Monday that the plant would close.', 'Monday', '2013-03-04', 'DATE'],
    ]);
  });
});

describe('time (second pass): fiscal quarters', () => {
  it('a fiscal quarter without a year is the latest one reported, and "the quarter" follows it', () => {
    const text = 'Sun said it earned $5.2 million in the fiscal first quarter, and expects to break even for the quarter.';
    check('1989-10-26', [
      [text, 'the fiscal first quarter', '1989-Q1', 'DATE'],
      [text, 'the quarter', '1989-Q1', 'DATE'],
    ]);
  });
});

describe('time (second pass): glosses and nouns that look like times', () => {
  it('a GMT gloss in parentheses after a clock time is a time of its own (eighth pass: news gold marks it)', () => {
    const text = 'The blast occurred at about 10:35 a.m. (0735 GMT) Friday.';
    const all = times(text, '1998-08-08');
    assert.deepEqual(all.filter((t) => t.text.includes('0735')).map((t) => t.value), ['1998-08-07T07:35']);
    check('1998-08-08', [['The ferry left at 0735 GMT on Friday.', '0735 GMT on Friday', '1998-08-07T07:35', 'TIME']]);
  });
  it('"the fall in prices" and "the winter capital" are not seasons; "in the fall" is', () => {
    none('1997-04-10', 'The fall in prices was higher than expected.', 'fall');
    none('1997-04-10', 'Officials in Jammu, the winter capital, said so.', 'winter');
    check('1997-04-10', [['Elections are due in the fall, the minister said.', 'the fall', '1997-FA', 'DATE']]);
  });
});

describe('time (second pass): "the future" as an adjective', () => {
  it('"the future government" is not a time; "in the future" is', () => {
    none('2023-09-13', 'The future government will be set up by Beijing.', 'future');
    check('2023-09-13', [['In the future, cars will fly.', 'the future', 'FUTURE_REF', 'DATE']]);
  });
});

describe('time (second pass): titles with time units', () => {
  it('"60 Minutes" in prose is a programme; a Title Case headline keeps its duration', () => {
    none('2000-04-03', "Gonzalez said on CBS's 60 Minutes that he was hopeful.", '60 Minutes');
    check('2023-09-13', [['Libya Flood Toll Rises Sharply in 24 Hours\nThe toll rose.', '24 Hours', 'PT24H', 'DURATION']]);
  });
});

describe('time (second pass): quoted programme titles', () => {
  it('ABC\'s "This Week" is a title; a quoted lower-case "this week" is a time', () => {
    none('1990-08-13', 'Baker, speaking on ABC News "This Week," said the request was valid.', 'This Week');
    check('1990-08-13', [['Sales rose "this week", he said.', 'this week', '1990-W33', 'DATE']]);
  });
});

describe('time (second pass): new finders stay linear', () => {
  it('repetitive input for each new rule finishes well under a second', () => {
    const texts = [
      'two to three or four to five '.repeat(20000) + 'weeks',
      'in nineteen ninety-nine twenty twenty '.repeat(20000),
      'the week of the last week of March 6 '.repeat(8000),
      "this year's last year's the 1988 the fiscal 1989 second quarter period ".repeat(10000),
      'last Thanksgiving Easter Good Friday Labor Day '.repeat(20000),
      'a week or so a year or so ago '.repeat(20000),
      '10:30 a.m. (0230 GMT) '.repeat(30000),
    ];
    for (const text of texts) {
      // best of two: a busy CI machine measured 3× the quiet time (each input takes 0.1–0.2 s quiet)
      const b = bestOf(2, () => times(text, '2023-09-11'));
      assert.ok(b.ms < 1500, `${text.slice(0, 30)}… ${describeBound(b)}`);
    }
  });
});
