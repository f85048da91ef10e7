// Whole word classes of speech acts and decisions that had no reading: acclaim and thanks (PRAISE), abuse, disappointment
// and regret of a decision (CRITICIZE), an authority clearing, granting, recommending, designating, capping (POLICY_DECISION),
// walking out of a body (WITHDRAW), an assurance of a future act (PROMISE). Sentences written for these tests; entities
// hand-built, no time resolved.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allNames, eventsOf, type EntSpec } from './helpers.js';

const P = (name: string): EntSpec => ({ name, type: 'PERSON' });
const O = (name: string): EntSpec => ({ name, type: 'ORG' });
const has = (type: string, text: string, ents: EntSpec[] = []): boolean => eventsOf(text, ents).evs.some((e) => e.type === type);

test('PRAISE: acclaim, congratulations, gratitude, appreciation of efforts, admiration', () => {
  const { doc, evs } = eventsOf('John Doe acclaimed the rescuers on Monday.', [P('John Doe')]);
  const p = evs.find((e) => e.type === 'PRAISE');
  assert.ok(p, JSON.stringify(evs.map((e) => e.type)));
  assert.ok(allNames(doc, p!).includes('John Doe'));
  assert.ok(has('PRAISE', 'Jane Roe sent her congratulations to the team.', [P('Jane Roe')]));
  assert.ok(has('PRAISE', 'Jane Roe said she was grateful to the volunteers.', [P('Jane Roe')]));
  assert.ok(has('PRAISE', 'Jane Roe said she appreciated the efforts of the rescuers.', [P('Jane Roe')]));
});

test('no PRAISE: a value appreciating, an account credited, a grateful nod with no one to thank', () => {
  assert.ok(!has('PRAISE', 'The currency appreciated against the dollar.'));
  assert.ok(!has('PRAISE', 'The bank credited the account with $5.'));
  assert.ok(!has('PRAISE', 'Jane Roe appreciated the view.', [P('Jane Roe')]));
});

test('CRITICIZE: vilified, disappointed or dismayed with a decision, regretting a decision', () => {
  assert.ok(has('CRITICIZE', 'John Doe vilified the judges.', [P('John Doe')]));
  const { doc, evs } = eventsOf('Jane Roe said she was disappointed with the decision.', [P('Jane Roe')]);
  const c = evs.find((e) => e.type === 'CRITICIZE');
  assert.ok(c, JSON.stringify(evs.map((e) => e.type)));
  assert.ok(allNames(doc, c!).includes('Jane Roe'));
  assert.ok(has('CRITICIZE', 'Jane Roe said she was deeply dismayed by the ruling.', [P('Jane Roe')]));
  assert.ok(has('CRITICIZE', 'The union regretted the decision to close the plant.', []));
});

test('no CRITICIZE: a result that disappointed fans, regretting a loss', () => {
  assert.ok(!has('CRITICIZE', 'The result disappointed fans.'));
  assert.ok(!has('CRITICIZE', 'The company regretted the loss of life.'));
});

test('POLICY_DECISION: an authority clearing a sale, granting an approval, recommending a vaccine, capping prices, designating a group', () => {
  assert.ok(has('POLICY_DECISION', 'A panel of ministers cleared the sale on Monday.'));
  assert.ok(has('POLICY_DECISION', 'The regulator granted emergency approval to the drug.'));
  assert.ok(has('POLICY_DECISION', 'The Acme Health Agency recommended the vaccine for children.', [O('Acme Health Agency')]));
  assert.ok(has('POLICY_DECISION', 'The government capped fuel prices for six months.'));
  assert.ok(has('POLICY_DECISION', 'The ministry designated the group a terrorist organisation.'));
});

test('no POLICY_DECISION: crews clearing debris, a fund granting money, a doctor recommending rest, capping a career', () => {
  assert.ok(!has('POLICY_DECISION', 'Crews cleared the debris on Monday.'));
  assert.ok(!has('POLICY_DECISION', 'The fund granted $5 million to the city.'));
  assert.ok(!has('POLICY_DECISION', 'The doctor recommended rest.'));
  assert.ok(!has('POLICY_DECISION', 'He capped his career with a title.'));
});

test('WITHDRAW: walking out of a commission; not out of a room', () => {
  assert.ok(has('WITHDRAW', 'John Doe walked out of the commission in November.', [P('John Doe')]));
  assert.ok(!has('WITHDRAW', 'John Doe walked out of the room.', [P('John Doe')]));
});

test('PROMISE: an assurance of a future act; no promise in an assurance about the past', () => {
  assert.ok(has('PROMISE', 'The premier assured residents that the province would support them.'));
  assert.ok(!has('PROMISE', 'The premier assured residents that the water was safe.'));
});

test('an instrument issued or announced: a decree, new guidelines; not a statement issued', () => {
  assert.ok(has('POLICY_DECISION', 'The president issued a decree on Monday.'));
  assert.ok(has('POLICY_DECISION', 'The junta decreed a curfew.'));
  assert.ok(has('POLICY_DECISION', 'The ministry announced new guidelines for schools.'));
  assert.ok(!has('POLICY_DECISION', 'The agency issued a statement.'));
  assert.ok(!has('POLICY_DECISION', 'The decree text was leaked.'));
});

test('a moratorium is a decision, its word alone; drilling resumed is none', () => {
  assert.ok(has('POLICY_DECISION', 'A moratorium on new drilling is in place.'));
  assert.ok(!has('POLICY_DECISION', 'Drilling resumed after the storm.'));
});
