// Stop 28 (issue #7, stories): "taken into police custody", "remains in police custody" are an arrest; the literal
// "take into custody" missed a word between. A child's custody is none. (The held person's role on a noun trigger
// is still read as its subject's, as for "detention": a known weakness.) Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf } from './helpers.js';

const types = (text: string) => eventsOf(text, [{ name: 'Zhang Wei', type: 'PERSON' }]).evs.map((e) => e.type);

test('police custody is an arrest', () => {
  assert.ok(types('The captain, Zhang Wei, has been taken into police custody, local police said.').includes('ARREST'));
  assert.ok(types('The captain, Zhang Wei, remains in police custody along with the chief engineer.').includes('ARREST'));
  assert.ok(types('Police took Zhang Wei into custody on Tuesday.').includes('ARREST'));
});

test('a child\'s custody is no arrest', () => {
  assert.ok(!types('Zhang Wei won custody of her children after the divorce.').includes('ARREST'));
  assert.ok(!types('The custody battle lasted two years.').includes('ARREST'));
});

// Review: the "near" reading fired on any "police" or "into" near "custody"; now "into/in police custody" only.
test('custody without "into/in police" right before it is no arrest', () => {
  assert.ok(!types('Families called for an inquiry into deaths in custody.').includes('ARREST'));
  assert.ok(!types('Police said the custody battle over the children had ended.').includes('ARREST'));
  assert.ok(!types('The report into custody arrangements was published on Monday.').includes('ARREST'));
});
