import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkSentences, MAX_CHECK_SENTENCE, runChecks } from '../../../src/nlp/checks/index.js';
import { overlapFinder } from '../../../src/nlp/checks/sentences.js';
import { analyseForChecks as analyse } from '../../helpers/checks.js';

// The checks pair the figures of a sentence; a "sentence" of thousands of figures (a table flattened into one line)
// made several rules quadratic or worse (3,000 figures: seconds, some shapes minutes). Sentences written for these
// tests, through the real segmenter, time and quantity stages.


/** CPU time of the checks alone (not wall time: the test machine may be busy), the better of two runs. */
function checksCpuMs(doc: ReturnType<typeof analyse>): number {
  let best = Infinity;
  for (let k = 0; k < 2 && best >= 1000; k++) {
    const c0 = process.cpuUsage();
    runChecks(doc);
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000);
  }
  return best;
}

const SHAPES: Record<string, (i: number) => string> = {
  'shares of counts': (i) => `${(i % 90) + 1}% of ${i + 7} people`,
  'counts of people': (i) => `${i + 2} people`,
  'totals and subsets': (i) => `${i + 5} people, including ${(i % 5) + 1} children`,
  'mixed figures': (i) => [`${(i % 90) + 1}%`, `${i + 3} men`, `$${i + 1}`, `${i + 2} of the ${i + 9} seats`][i % 4]!,
  'years and offsets': (i) => `in ${1990 + (i % 30)} aged ${(i % 80) + 10}, ${(i % 9) + 1} years later`,
  'vote tallies': (i) => `voted ${(i % 90) + 10}-${(i % 7) + 1}`,
};

test('3,000 figures in one sentence: every shape of figure is checked in under 1 s', () => {
  for (const [name, item] of Object.entries(SHAPES)) {
    const text = 'The figures were ' + Array.from({ length: 3000 }, (_, i) => item(i)).join(', ') + '.';
    const doc = analyse(text);
    const ms = checksCpuMs(doc);
    assert.ok(ms < 1000, `${name}: ${Math.round(ms)} ms`);
  }
});

test('a long sentence is read in pieces cut at a clause break; an ordinary one is left whole', () => {
  const short = 'Of the 1,200 workers at the plant, 300, or 25%, were laid off.';
  assert.deepEqual(checkSentences(short, [[0, short.length]]), [[0, short.length]]);
  const long = 'The figures were ' + Array.from({ length: 400 }, (_, i) => `${i + 2} people`).join(', ') + '.';
  const pieces = checkSentences(long, [[0, long.length]]);
  assert.ok(pieces.length > 1);
  // the pieces tile the sentence, none is longer than the limit, and each but the last ends after ", "
  assert.equal(pieces[0]![0], 0);
  assert.equal(pieces[pieces.length - 1]![1], long.length);
  for (let k = 0; k < pieces.length; k++) {
    assert.ok(pieces[k]![1] - pieces[k]![0] <= MAX_CHECK_SENTENCE);
    if (k > 0) assert.equal(pieces[k]![0], pieces[k - 1]![1]);
    if (k < pieces.length - 1) assert.equal(long.slice(pieces[k]![1] - 2, pieces[k]![1]), ', ');
  }
});

test('pieces always tile the sentence within the limit, whatever the text (no break, breaks anywhere)', () => {
  fc.assert(fc.property(fc.string({ maxLength: 5000 }), fc.integer({ min: 20, max: 600 }), (s, max) => {
    const pieces = checkSentences(s, [[0, s.length]], max);
    let at = 0;
    for (const [a, b] of pieces) {
      if (a !== at || b <= a && s.length > 0 || b - a > max) return false;
      at = b;
    }
    return at === s.length;
  }), { numRuns: 200 });
});

test('the checks of an ordinary report are unchanged by the bound: figures are still paired inside a sentence', () => {
  const doc = analyse('The party won 45% of the vote, giving it 135 of the 300 seats. Of the 20 victims, 12 were women and eight were children.');
  const rules = runChecks(doc).map((c) => (c as { rule?: string }).rule);
  assert.ok(rules.includes('checks:count:loose-share'));
  assert.ok(rules.includes('checks:count:of-the-parts'));
  // and a share whose part and whole stand in another piece of a very long line is not paired with them
  const far = 'Of the 300 seats the party won 135, ' + 'and then the delegates and the aides and the staff went home, '.repeat(30) + 'a share of 45%.';
  assert.ok(!runChecks(analyse(far)).some((c) => (c as { rule?: string }).rule === 'checks:count:loose-share'));
});

test('overlapFinder finds the first item overlapping a span, as a scan would', () => {
  fc.assert(fc.property(fc.array(fc.tuple(fc.nat(500), fc.integer({ min: 1, max: 40 })), { maxLength: 60 }), fc.nat(520), fc.integer({ min: 1, max: 30 }), (raw, s0, len) => {
    const items = raw.map(([start, l]) => ({ start, end: start + l })).sort((a, b) => a.start - b.start);
    const span = { start: s0, end: s0 + len };
    const want = items.find((x) => x.start < span.end && span.start < x.end);
    return overlapFinder(items)(span) === want;
  }), { numRuns: 300 });
});
