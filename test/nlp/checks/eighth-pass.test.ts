import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dates } from './date-checks.js';
import { checksOf } from './pipeline.js';

// Eighth pass on the checks: ages and years since written in more ways ("Born in 1950, the 73-year-old", "is 80 years
// old", "five years have passed since the 2018 election", "since 2014, nearly a decade", "built in 1973, is 50 years
// old"); counts of names after a comma or a colon, parts told in the next sentence, running totals ("bringing the toll
// to"), and occasions against the years listed ("twice, in 2019 and 2021"). Sentences written for these tests.

function counts(text: string, rule: string, anchor = '2023-09-12'): string[] {
  return checksOf(text, anchor)
    .filter((c) => c.kind === 'COUNT' && (c as { rule?: string }).rule === `checks:count:${rule}`).map((c) => c.status);
}

test('an age written as "Born in …", "is N years old" or "At N," against the birth year', () => {
  const age = (t: string) => dates(t, '2023-09-12', 'age');
  assert.deepEqual(age('Born in 1950, the 73-year-old leader took office in 2019.'), ['CONSISTENT']);
  assert.deepEqual(age('Biden, who was born in 1942, is 80 years old.'), ['CONSISTENT']);
  assert.deepEqual(age('Biden, who was born in 1942, is 70 years old.'), ['INCONSISTENT']);
  assert.deepEqual(age('At 73, Biden, born in 1950, is the oldest president.'), ['CONSISTENT']);
  // an age of a past moment is no age today
  assert.deepEqual(age('Born in 1990, she was 18 years old when she left.'), []);
  assert.deepEqual(age('At 18, she left home; she was born in 1990.'), []);
  assert.deepEqual(age('Born in 1990, she joined the club when she turned 18.'), []);
});

test('"N years have passed since YEAR", decades since a year, and a span in apposition to "since YEAR"', () => {
  const after = (t: string) => dates(t, '2023-09-12', 'years-after');
  assert.deepEqual(after('Five years have passed since the 2018 election.'), ['CONSISTENT']);
  assert.deepEqual(after('Three years have passed since the 2018 election.'), ['INCONSISTENT']);
  assert.deepEqual(after('It has been a decade since the 2014 split.'), ['CONSISTENT']);
  assert.deepEqual(after('It has been two decades since the 2001 attacks.'), ['CONSISTENT']);
  // a decade is a round figure: a few years off is no contradiction
  assert.deepEqual(after('It has been two decades since the 2008 crisis.'), []);
  const span = (t: string) => dates(t, '2023-09-12', 'span-linked');
  assert.deepEqual(span('The city has been divided since 2014, nearly a decade.'), ['CONSISTENT']);
  assert.deepEqual(span('The city has been divided since 2014 (nine years).'), ['CONSISTENT']);
  assert.deepEqual(span('The city has been divided since 2014, five years.'), ['INCONSISTENT']);
});

test('the age of a thing as a predicate against the year it was made (agreement only)', () => {
  const thing = (t: string) => dates(t, '2023-09-12', 'thing-age');
  assert.deepEqual(thing('The dam, built in 1973, is 50 years old.'), ['CONSISTENT']);
  assert.deepEqual(thing('The bridge, which opened in 1973, turns 50 this year.'), ['CONSISTENT']);
  assert.deepEqual(thing('The dam, built in 1973, is 40 years old.'), []);
});

test('a count and the names after a comma or a short verb phrase and a colon (agreement only)', () => {
  assert.deepEqual(counts('Rescue teams came from three countries, Egypt, Turkey and Italy.', 'list-loose'), ['CONSISTENT']);
  assert.deepEqual(counts('Three countries sent teams: Egypt, Turkey and Italy.', 'list-loose'), ['CONSISTENT']);
  assert.deepEqual(counts('Two dams collapsed: the Abu Mansour dam and the Derna dam.', 'list-loose'), ['CONSISTENT']);
  // people: as many names as the count, after a colon or in apposition before a lower-case word
  assert.deepEqual(counts('Three people were arrested: Ali Hassan, Omar Nasser and Sami Khalil.', 'list-loose'), ['CONSISTENT']);
  assert.deepEqual(counts('Police detained two suspects, Ali Hassan and Omar Nasser, on Monday.', 'list-loose'), ['CONSISTENT']);
  assert.deepEqual(counts('Three people were arrested: Ali Hassan and Omar Nasser.', 'list-loose'), []);
  // the names after a comma may be of something else
  assert.deepEqual(counts('Teams worked in three countries, Egypt and Jordan said on Monday.', 'list-loose'), []);
  assert.deepEqual(counts('At least 20 people died, Red Crescent official Ali Hassan and Governor Omar Nasser said.', 'list-loose'), []);
});

test('parts told in the sentence after a count of people (agreement only)', () => {
  assert.deepEqual(counts('Eleven people were killed. Six were men and five were women.', 'parts-next-sentence'), ['CONSISTENT']);
  assert.deepEqual(counts('Police arrested 12 people on Monday. Seven have since been released, and five remain in custody.', 'parts-next-sentence'), ['CONSISTENT']);
  assert.deepEqual(counts('Police arrested 12 people on Monday. Of them, seven were released and five remain in custody.', 'parts-next-sentence'), ['CONSISTENT']);
  assert.deepEqual(counts('Police arrested 12 people on Monday. Seven have since been released, and three remain in custody.', 'parts-next-sentence'), []);
  assert.deepEqual(counts('Eleven people were killed. Six were men.', 'parts-next-sentence'), []);
  // "Among the dead were …", "The dead included …": a part of the count, under a lower bound too
  assert.deepEqual(counts('At least 20 people were killed. Among the dead were three children.', 'parts-next-sentence'), ['CONSISTENT']);
  assert.deepEqual(counts('The attack killed 20 people. The dead included three children and two women.', 'parts-next-sentence'), ['CONSISTENT']);
  assert.deepEqual(counts('The attack killed four people. The dead included three children and two women.', 'parts-next-sentence'), []);
});

test('a count right before the members of a group names them when it agrees', () => {
  assert.deepEqual(counts("The couple's three children - a son and two daughters - survived.", 'group-total'), ['CONSISTENT']);
  assert.deepEqual(counts("The couple's four children - a son and two daughters - survived.", 'group-total'), []);
});

test('a running total ("bringing the toll to") agrees with the figures before it, or says nothing', () => {
  assert.deepEqual(counts('The storm killed 5,300 people in Derna and 170 elsewhere, bringing the toll to 5,470.', 'parts-total'), ['CONSISTENT']);
  // the toll may count earlier deaths too
  assert.deepEqual(counts('Floods killed 30 people in the east and 12 in the west, bringing the total to 50.', 'parts-total'), []);
});

test('a number of occasions against the years listed', () => {
  assert.deepEqual(counts('The team won twice, in 2019 and 2021.', 'times-years'), ['CONSISTENT']);
  assert.deepEqual(counts('She has won the title three times (2015, 2017 and 2019).', 'times-years'), ['CONSISTENT']);
  assert.deepEqual(counts('She has won the title three times, in 2015, 2017, 2018 and 2019.', 'times-years'), ['INCONSISTENT']);
  // fewer years than occasions leave some undated; a year range is no list of years
  assert.deepEqual(counts('She has won the title four times, in 2015 and 2019.', 'times-years'), []);
  assert.deepEqual(counts('Prices rose three times, in 2015-2017 and 2019.', 'times-years'), []);
});
