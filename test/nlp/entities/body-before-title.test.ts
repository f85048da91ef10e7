// Issue #3: a legislature, government department or armed service named by its one word right before a title ("House
// Speaker Mike Johnson", "Parliament Speaker Mahinda Yapa Abeywardena", "Senate Majority Leader Chuck Schumer", "Army
// chief General Asim Munir", "Treasury spokesperson") is the body as well as the person's office: news gold lists it.
// Not a title that is one phrase with the word ("Cabinet Secretary" in Kenya), not inside a longer name ("Pakistan
// Army chief", "White House spokesman"), not a lower-case word. Real KB; invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './run-entities.js';

/** The entity holding the first occurrence of `word` as a whole mention, if any. */
function at(doc: ReturnType<typeof run>, word: string) {
  const from = doc.text.indexOf(word);
  return doc.entities.find((e) => e.mentions.some((m) => m.start === from && m.end === from + word.length));
}

test('a body word before a title is an organisation, and the person stays a person', () => {
  for (const [text, body, person] of [
    ['House Speaker Mike Johnson said the bill would pass on Friday.', 'House', 'Mike Johnson'],
    ['Parliament Speaker Mahinda Yapa Abeywardena said the vote would be held.', 'Parliament', 'Mahinda Yapa Abeywardena'],
    ['The vote came after Senate Majority Leader Chuck Schumer spoke.', 'Senate', 'Chuck Schumer'],
    ['A Treasury spokesperson said the rules would change.', 'Treasury', undefined],
  ] as const) {
    const d = run(text);
    assert.equal(at(d, body)?.type, 'ORG', `${text} → ${names(d)}`);
    if (person) assert.equal(at(d, person)?.type, 'PERSON', `${text} → ${names(d)}`);
  }
});

test('no body: a lower-case word, another name word before it, a title phrase of its own', () => {
  const lower = run('The house speaker said the roof would be fixed on Friday.');
  assert.equal(lower.entities.some((e) => e.type === 'ORG'), false, names(lower));
  const led = run('Pakistan Army chief General Asim Munir visited the camp.');
  assert.equal(at(led, 'Army'), undefined, names(led));
  const white = run('White House spokesman Josh Earnest said the talks would go on.');
  assert.equal(at(white, 'House'), undefined, names(white));
  const cab = run('Cabinet Secretary Kithure Kindiki said the curfew would stay.');
  assert.equal(at(cab, 'Cabinet'), undefined, names(cab));
});
