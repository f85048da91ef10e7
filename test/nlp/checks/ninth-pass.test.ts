import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity, EntityType } from '../../../src/core/types.js';
import { runChecks } from '../../../src/nlp/checks/index.js';
import { namedGroupChecks } from '../../../src/nlp/checks/namedGroups.js';
import { findQuantities } from '../../../src/nlp/quantity/index.js';
import { segment } from '../../../src/nlp/segment/index.js';
import { tagTimes } from '../../../src/nlp/time/index.js';
import { checksOf } from './pipeline.js';

// COUNT: names in apposition to "N of the M things" may be the part's; a definite count ("the two leaders") that
// points back at names coordinated just before it. Sentences written for these tests; entities given by hand.

function analyse(text: string, names: Array<[string, EntityType]> = []) {
  const anchor = '2023-03-14';
  const sentences = segment(text).sentences;
  const { times } = tagTimes(text, { anchorDate: anchor, sentences });
  const quantities = findQuantities({ text, sentences, times });
  const entities: Entity[] = names.map(([name, type], k) => {
    const mentions = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) mentions.push({ start: at, end: at + name.length, text: name });
    return { id: `e${k}`, name, type, mentions } as Entity;
  });
  return { text, sentences, quantities, times, entities, anchorDate: anchor };
}
const counts = (text: string, rule: string, names: Array<[string, EntityType]> = []) =>
  runChecks(analyse(text, names)).filter((c) => c.kind === 'COUNT' && ((c as { rule?: string }).rule ?? '') === `checks:count:${rule}`).map((c) => c.status);

test('names in apposition to "N of the M things" count the part or the whole', () => {
  assert.deepEqual(counts('Two of the five permanent members, Russia and China, vetoed the text.', 'apposition-part'), ['CONSISTENT']);
  assert.deepEqual(counts('Two of the three countries, Egypt, Jordan and Qatar, objected.', 'apposition-part'), ['CONSISTENT']);
  // neither the part nor the whole: no verdict, and no longer a false INCONSISTENT against the whole
  assert.deepEqual(counts('Two of the five permanent members, Russia, China and France, vetoed it.', 'apposition-part'), []);
  assert.deepEqual(counts('Two of the five permanent members, Russia and China, vetoed the text.', 'apposition'), []);
  // a plain apposition is as before
  assert.deepEqual(counts('The three countries, Egypt, Jordan and Qatar, sent aid.', 'apposition'), ['CONSISTENT']);
});

test('a definite count points back at names coordinated before it', () => {
  const people: Array<[string, EntityType]> = [['Joe Biden', 'PERSON'], ['Xi Jinping', 'PERSON'], ['Bali', 'GPE']];
  assert.deepEqual(counts('Joe Biden and Xi Jinping met in Bali on Monday. The two leaders agreed to resume talks.', 'named-group', people), ['CONSISTENT']);
  const places: Array<[string, EntityType]> = [['Egypt', 'GPE'], ['Jordan', 'GPE'], ['Qatar', 'GPE']];
  assert.deepEqual(counts('Egypt, Jordan and Qatar sent aid on Sunday. The three countries also sent doctors.', 'named-group', places), ['CONSISTENT']);
  // negatives: numbers that disagree are a loose pairing (no verdict); a count of another kind than the names;
  // names not coordinated; an indefinite count; names two sentences back
  assert.deepEqual(counts('Joe Biden and Xi Jinping met in Bali. The three leaders agreed to talk.', 'named-group', people), []);
  assert.deepEqual(counts('Joe Biden and Xi Jinping met in Bali. The two countries agreed to talk.', 'named-group', people), []);
  assert.deepEqual(counts('Joe Biden met Xi Jinping in Bali. The two leaders agreed to talk.', 'named-group', people), []);
  assert.deepEqual(counts('Joe Biden and Xi Jinping met in Bali. Two leaders agreed to talk.', 'named-group', people), []);
  assert.deepEqual(counts('Joe Biden and Xi Jinping met. It rained in Bali. The two leaders left.', 'named-group', people), []);
});

test('named groups: the function alone needs names', () => {
  const a = analyse('The two leaders met.');
  assert.deepEqual(namedGroupChecks(a.text, a.quantities, [], [[0, a.text.length]]), []);
});

test('a span counted in "consecutive", "straight" or "successive" years or months is a span', () => {
  const spans = (text: string, anchor: string) => {
    return checksOf(text, anchor)
      .filter((c) => c.kind === 'DATE_ARITHMETIC').map((c) => c.status);
  };
  assert.deepEqual(spans('Prices have risen for 14 consecutive months since March 2022.', '2023-05-20'), ['CONSISTENT']);
  assert.deepEqual(spans('The party has ruled for three straight years since it took power in 2020.', '2023-05-20'), ['CONSISTENT']);
  // a count that disagrees with its start is still judged; a word that is no span adjective keeps the words apart
  assert.deepEqual(spans('Prices have risen for 24 consecutive months since March 2022.', '2023-05-20'), ['INCONSISTENT']);
  assert.deepEqual(spans('Prices have risen for 14 difficult months since March 2022.', '2023-05-20'), []);
});

test('a share of a whole counted in its own "of" phrase, restated as a count', () => {
  assert.deepEqual(counts('About 40% of the 2,000 workers, or 800 people, joined the strike.', 'percent-of-whole'), ['CONSISTENT']);
  assert.deepEqual(counts('Some 40% of the 2,000 workers, or 1,200 people, joined the strike.', 'percent-of-whole-tied'), ['INCONSISTENT']);
  // negatives: no whole counted; the whole of another phrase inside the pair is not taken
  assert.deepEqual(counts('About 40% of the workers, or 800 people, joined the strike.', 'percent-of-whole'), []);
  assert.deepEqual(counts('About 40% of the workers, or 800 people, joined the strike.', 'percent-of-whole-tied'), []);
});
