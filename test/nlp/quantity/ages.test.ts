// Ages are quantities counted in years (unit "year"), as the later devsets' gold has them: an apposition ("Abe, 67,"),
// "a 41-year-old", "45 years old", "aged 11 to 16" (the youngest and the oldest: MIN and MAX), "children under 15"
// (LESS_THAN), "who turns 20 later this month", "when he was 17". Sentences invented for the tests; no date is read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../../src/core/types.js';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

const find = (text: string, people: string[] = []) => findQuantities({ text, sentences: [], times: [], entities: people.map(person(text)) })
  .map((q) => [q.text, q.value, q.unit, q.bound ?? '']);
/** A PERSON entity with one mention, as the entity stage gives it, for a name written in `text`. */
function person(text: string) {
  return (name: string): Entity => {
    const start = text.indexOf(name);
    return { id: name, name, type: 'PERSON', mentions: [{ start, end: start + name.length, text: name }] };
  };
}

test('an age in apposition, with "-year-old" or "years old" is counted in years', () => {
  // (a name in apposition is a person's when the entity stage says so)
  assert.deepEqual(find('Tanaka, 67, was taken to hospital.', ['Tanaka']), [['67', 67, 'year', '']]);
  assert.deepEqual(find('Police held a 41-year-old man.'), [['41-year-old', 41, 'year', '']]);
  assert.deepEqual(find('A five-year-old girl was rescued.'), [['five-year-old', 5, 'year', '']]);
  assert.deepEqual(find('The driver is 45 years old.'), [['45 years old', 45, 'year', '']]);
});

test('"aged 11 to 16" gives the youngest and the oldest; "under 15" is LESS_THAN', () => {
  assert.deepEqual(find('The pupils, aged 11 to 16, were safe.'), [['11', 11, 'year', 'MIN'], ['16', 16, 'year', 'MAX']]);
  assert.deepEqual(find('Children under 15 were hurt.'), [['under 15', 15, 'year', 'LESS_THAN']]);
});

test('a birthday ("turns 20") and "when he was 17" are ages', () => {
  assert.deepEqual(find('Okafor, who turns 20 later this month, signed on.'), [['20', 20, 'year', '']]);
  assert.deepEqual(find('She left home when she was 17, for good.'), [['17', 17, 'year', '']]);
});

test('not an age: a measure after "turned", a long span, an age is no count a later figure refers to', () => {
  assert.deepEqual(find('The index turned 20 points higher.'), [['20 points', 20, 'point', '']]);
  assert.deepEqual(find('Shares turned 5% lower.'), [['5%', 5, '%', '']]);
  assert.deepEqual(find('The ship turned 180 degrees.').map((q) => q[2]), ['degree']);
  assert.deepEqual(find('It was a 30-year mortgage.'), []);
  assert.deepEqual(find('Inflation was 3% when it was 17 cents.').map((q) => q[2]), ['%', 'USD']);
  // ("The 24 were …" takes the unit of a count of 24 before, never of an age)
  assert.deepEqual(find('Lee, 24, was arrested. The 24 were released.', ['Lee']), [['24', 24, 'year', '']]);
});

test('an age after a name the entity stage ended a word short ("Captain Zaharie Ahmad Shah, 53,") is counted in years', () => {
  // the PERSON mention "Zaharie Ahmad" ends right before "Shah": the capitalised run it starts in names the person
  assert.deepEqual(find('The pilot is Captain Zaharie Ahmad Shah, 53, who joined in 1981.', ['Zaharie Ahmad']), [['53', 53, 'year', '']]);
  assert.deepEqual(find('Police named Ama Kofi Mensah, 27, and a friend.', ['Ama Kofi']), [['27', 27, 'year', '']]);
  // negatives: no PERSON mention in the run; a mention that ends elsewhere; a run broken by a comma (a list of places)
  assert.deepEqual(find('The pilots are Captain Zaharie Ahmad Shah, 53, and a co-pilot.'), []);
  assert.deepEqual(find('Fans of Real Madrid Club Atletico, 53, and more came.', ['Real']), []);
  assert.deepEqual(find('They visited Kofi Annan Street and Accra, 12, and then left.', ['Kofi Annan']), []);
});

test('an age after a name the entity stage did not take for a person\'s, when the clause goes on as a person\'s', () => {
  const withPlaces = (text: string, places: string[]) => findQuantities({
    text, sentences: [], times: [], entities: places.map((n) => ({ ...person(text)(n), type: 'GPE' as const })),
  }).map((q) => [q.text, q.value, q.unit, q.bound ?? '']);
  // two capitalised words or more, then ", 38," and a lower-case verb, "who" or "was"
  assert.deepEqual(find('Former Navy Seal Saman Kunan, 38, died on Friday.'), [['38', 38, 'year', '']]);
  assert.deepEqual(find('Rescuers said Ama Serwaa Boateng, 71, was found alive.'), [['71', 71, 'year', '']]);
  // negatives: one capitalised word; a list ("and"); a place's mention in the run; a figure too large for an age
  assert.deepEqual(find('Kunan, 38, died on Friday.'), []);
  assert.deepEqual(find('Saman Kunan, 38, and others died on Friday.'), []);
  assert.deepEqual(withPlaces('They drove through Greater Accra, 12, was the count.', ['Greater Accra']), []);
  assert.deepEqual(find('Saman Kunan, 138, died on Friday.').filter((q) => q[2] === 'year'), []);
});
