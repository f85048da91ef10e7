// Silver training documents for the entities tagger (scripts/ner/silver.ts) and partial-label training
// (scripts/train-ner.ts train: a token the gold says nothing about is left out of the loss).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { MEASURE_ONLY_STORIES, SILVER_SETS, readSilver, silverDoc, typeLabel } from '../../scripts/ner/silver.js';
import { train } from '../../scripts/train-ner.js';

const show = (d: ReturnType<typeof silverDoc>) =>
  d.sents.map((s) => s.toks.map((t, i) => (s.unknown?.[i] ? `${t}/?` : s.labels[i] === 'O' ? t : `${t}/${s.labels[i]}`)).join(' '));

test('silver: gold names and aliases are projected with their types; other capitalised words stay out of the loss', () => {
  const text = 'Olaf Scholz met Xi Jinping in Beijing on Friday.\n\nScholz told the Marlow Institute that China mattered.\n';
  const d = silverDoc('t', text, [
    { name: 'Olaf Scholz', type: 'PERSON', aliases: ['Scholz'] },
    { name: 'Xi Jinping', type: 'PERSON' },
    { name: 'Beijing', type: 'GPE' },
    { name: 'China', type: 'GPE' },
  ], '2022-11-04');
  assert.deepEqual(show(d), [
    'Olaf/B-PER Scholz/I-PER met Xi/B-PER Jinping/I-PER in Beijing/B-LOC on Friday .',
    'Scholz/B-PER told the Marlow/? Institute/? that China/B-LOC mattered .',
  ]);
});

test('silver: types map to the tagger labels (FAC and LOC are places, unscored types MISC)', () => {
  assert.deepEqual(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'WEAPON', 'NORP'].map(typeLabel), ['PER', 'ORG', 'LOC', 'LOC', 'LOC', 'MISC', 'MISC']);
});

test('silver: a sentence-initial ordinary word is O, a longer name wins over its part, matches are case-sensitive', () => {
  const text = 'Officials said the Bank of England would act.\n\nOfficials met bank of england staff and England fans.\n';
  const d = silverDoc('t', text, [{ name: 'Bank of England', type: 'ORG' }, { name: 'England', type: 'GPE' }]);
  assert.deepEqual(show(d), [
    'Officials said the Bank/B-ORG of/I-ORG England/I-ORG would act .',
    'Officials met bank of england staff and England/B-LOC fans .',
  ]);
});

test('silver: a demonym alias is no place (left out of the loss); lower-case words at a name\'s edges are O', () => {
  const text = 'Algerian troops entered Sichuan province, the Xinhua news agency said.\n';
  const d = silverDoc('t', text, [
    { name: 'Algeria', type: 'GPE', aliases: ['Algerian'] },
    { name: 'Sichuan', type: 'GPE', aliases: ['Sichuan province'] },
    { name: 'Xinhua', type: 'ORG', aliases: ['the Xinhua news agency'] },
  ]);
  assert.deepEqual(show(d), ['Algerian/? troops entered Sichuan/B-LOC province , the Xinhua/B-ORG news agency said .']);
});

test('silver: an ordinary English word opening a sentence is O; an unknown capitalised opener stays out of the loss', () => {
  const d = silverDoc('t', 'Firefighters reached Kaduwela on Sunday.\n\nTorvane reached Kaduwela later.\n', [{ name: 'Kaduwela', type: 'GPE' }]);
  assert.deepEqual(show(d), ['Firefighters reached Kaduwela/B-LOC on Sunday .', 'Torvane/? reached Kaduwela/B-LOC later .']);
});

test('silver: reads only the readable folders, never the measure-only sets or stories', () => {
  assert.ok(!SILVER_SETS.some((s) => /^devset-[m-z]$/.test(s)));
  const root = mkdtempSync(join(tmpdir(), 'silver-'));
  const put = (dir: string, name: string) => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${name}.txt`), 'Anna Berg spoke.\n');
    writeFileSync(join(dir, `${name}.gold.json`), JSON.stringify({ file: `${name}.txt`, entities: [{ name: 'Anna Berg', type: 'PERSON' }] }));
  };
  put(join(root, 'eval', 'devset-b'), '01-a');
  put(join(root, 'eval', 'devset-m'), '01-secret');
  put(join(root, 'eval', 'devset-v'), '01-secret');
  put(join(root, 'eval', 'stories', 'open-story'), '01-a');
  put(join(root, 'eval', 'stories', [...MEASURE_ONLY_STORIES][0]!), '01-secret');
  const ids = readSilver(root, undefined).map((d) => d.id);
  assert.deepEqual(ids, ['silver:devset-b/01-a.gold.json', 'silver:stories/open-story/01-a.gold.json']);
  assert.deepEqual(readSilver(root, undefined, new Set(['devset-b', 'stories'])).map((d) => d.id), []);
});

test('train: tokens marked unknown move no weight; the same tokens labelled do', () => {
  const sent = { toks: ['Anna', 'Berg', 'spoke', '.'], labels: ['B-PER', 'I-PER', 'O', 'O'] };
  const quiet = train([{ id: 'u', sents: [{ ...sent, unknown: [true, true, true, true] }] }], 2, () => {}, 1);
  assert.ok(quiet.w.every((v) => v === 0));
  const moved = train([{ id: 'k', sents: [sent] }], 2, () => {}, 1);
  assert.ok(moved.w.some((v) => v !== 0));
});
