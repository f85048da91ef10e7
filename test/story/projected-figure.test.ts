// A projection of a count that only grows ("the toll would exceed 440", "could reach 20,000") is no reading of it:
// a later, lower figure does not make the toll fall.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factsOf, story } from './helpers.js';
import { projectedFigure } from '../../src/story/build.js';

test('projectedFigure: a modal, maybe a verb of rising, right before the figure', () => {
  assert.equal(projectedFigure('the toll would ', 'exceed 440'), true);
  assert.equal(projectedFigure('the death toll could reach ', '20,000'), true);
  assert.equal(projectedFigure('the toll is expected to rise to ', '500'), true);
  assert.equal(projectedFigure('the toll could rise to more than ', '500'), true);
});

test('negative projectedFigure: a reached figure, a modal elsewhere in the clause', () => {
  assert.equal(projectedFigure('the toll rose to ', '500'), false);
  assert.equal(projectedFigure('relatives of the ', '150 people'), false);
  assert.equal(projectedFigure('would repatriate the bodies of its ', 'five nationals'), false);
  assert.equal(projectedFigure('', 'exceed 440'), false);
  assert.equal(projectedFigure('the ministry will publish the names of the ', '39 dead'), false);
});

test('negative projectedFigure: a month or a name that reads like a modal, with no verb of rising ("Since May 310 people have died")', () => {
  assert.equal(projectedFigure('Since May ', '310 people'), false);
  assert.equal(projectedFigure('In May ', '300 people'), false);
  assert.equal(projectedFigure('By May ', '40 people had died'), false);
  assert.equal(projectedFigure('Will ', '30 people'), false);
  assert.equal(projectedFigure('the toll may ', '300'), false);
  // (a modal with its verb stays a projection, in a title-case headline too)
  assert.equal(projectedFigure('Toll May Rise To ', '300'), true);
  assert.equal(projectedFigure('the toll may ', 'exceed 300'), true);
});

test('projectedFigure stays linear on long input', () => {
  const t0 = performance.now();
  projectedFigure(`${' '.repeat(1_000_000)}would `, '1');
  projectedFigure('would '.repeat(200_000), 'rise '.repeat(10_000));
  assert.ok(performance.now() - t0 < 1000);
});

const R = (id: string, day: string, text: string) => [id, day, text] as [string, string, string];

test("a projected toll is no reading: the toll that rises to 396 does not fall from 'would exceed 440'", () => {
  const s = story([
    R('AAA', '2015-06-04', 'The death toll from the capsized Eastern Star cruise ship on the Yangtze River in Jianli rose to 82 on Thursday.'),
    R('BBB', '2015-06-05', 'The death toll from the capsized Eastern Star cruise ship on the Yangtze River in Jianli rose to 103 on Friday. If the remaining missing are found dead, the toll would exceed 440.'),
    R('CCC', '2015-06-06', 'The death toll from the capsized Eastern Star cruise ship on the Yangtze River in Jianli rose to 396 on Saturday.'),
  ]);
  const t = factsOf(s, 'death toll');
  assert.ok(!t.some((f) => f.values.some((v) => Number(v.value) === 440)), JSON.stringify(t.map((f) => f.values)));
  assert.ok(t.every((f) => f.consistent), JSON.stringify(t.map((f) => [f.subject, f.why])));
});

test('negative: a reached toll beside a modal of something else stays a reading', () => {
  const s = story([R('DDD', '2015-03-31', 'The airline will pay compensation to the relatives of the 150 people who died when the plane crashed.')]);
  assert.ok(factsOf(s, 'death toll').some((f) => f.values.some((v) => Number(v.value) === 150)));
});

test("negative: a toll after the month May is a reading ('Since May 310 people have died in the floods')", () => {
  const s = story([
    R('AAA', '2023-05-20', 'The death toll from the floods in Kenya rose to 250 on Saturday.'),
    R('BBB', '2023-06-02', 'Since May 310 people have died in the floods in Kenya, the government said.'),
  ]);
  assert.ok(factsOf(s, 'death toll').some((f) => f.values.some((v) => Number(v.value) === 310)), JSON.stringify(factsOf(s, 'death toll').map((f) => f.values)));
});
