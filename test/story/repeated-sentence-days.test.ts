// A later report that runs an earlier report's sentence word for word gives that report's figure as of its day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { repeatedSentenceDays } from '../../src/story/build.js';
import { story } from './helpers.js';

const r = (vk: string, doc: string, asOf: string, text: string) => ({ vk, doc, asOf, src: { text, asOf } });

test('repeatedSentenceDays: the same value in the same words takes the earliest day', () => {
  const rs = [r('700', 'afp', '2015-08-16', 'More than 700 people remain in hospital.'), r('700', 'tribune', '2015-08-17', 'More than  700 people remain in hospital.')];
  repeatedSentenceDays(rs);
  assert.equal(rs[1].asOf, '2015-08-16');
  assert.equal(rs[1].src.asOf, '2015-08-16');
});

test('repeatedSentenceDays: other words or another value keep their own day', () => {
  const rs = [r('700', 'afp', '2015-08-16', 'More than 700 people remain in hospital.'), r('700', 'st', '2015-08-17', 'More than 700 people are in hospital, officials said.'),
    r('698', 'x', '2015-08-17', 'More than 700 people remain in hospital.')];
  repeatedSentenceDays(rs);
  assert.equal(rs[1].asOf, '2015-08-17', 'other words');
  assert.equal(rs[2].asOf, '2015-08-17', 'another value');
});

test('story: a wire sentence run again the next day does not contradict that day\'s own figure', () => {
  const s = story([
    ['AFP', '2015-08-16', 'Officials in Tianjin said the search of the blast site went on. More than 700 people remain in hospital.'],
    ['Tribune', '2015-08-17', 'The blasts in Tianjin destroyed a warehouse of chemicals. More than 700 people remain in hospital.'],
    ['Straits Times', '2015-08-17', 'Officials in Tianjin told a press conference on Monday that 698 people remained in hospital after the blasts.'],
  ]);
  const f = s.facts.find((x) => x.attribute === 'still in hospital');
  assert.ok(f, JSON.stringify(s.facts.map((x) => [x.subject, x.attribute])));
  assert.equal(f.consistent, true, f.why);
});
