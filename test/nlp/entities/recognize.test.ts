import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { collectCandidates, sentenceRanges } from '../../../src/nlp/entities/recognize.js';
import { LABELS } from '../../../src/nlp/entities/tagger.js';
import { tokenize } from '../../../src/nlp/entities/tokenize.js';

/** Candidates when the tagger labelled `span` (a word sequence of `text`) as a person. */
function candsWithPersonTag(text: string, span: string) {
  const toks = tokenize(text);
  const words = span.split(' ');
  const at = toks.findIndex((_, i) => words.every((w, k) => toks[i + k]?.text === w));
  assert.ok(at >= 0);
  const labels = new Int8Array(toks.length);
  words.forEach((_, k) => { labels[at + k] = LABELS.indexOf(k === 0 ? 'B-PER' : 'I-PER'); });
  const cands = collectCandidates({ text, toks, sents: sentenceRanges(toks), kb: null, labels, lowerSeen: new Set() });
  return cands.filter((c) => c.s === at && c.e === at + words.length && c.src === 'model');
}

describe('tagger person spans ending on a head word', () => {
  it('take the head\'s type ("Tang Teaching Museum" is a facility, "Orvane Holdings Group" an organisation)', () => {
    const a = candsWithPersonTag('Photographs hang in the Tang Teaching Museum and Art Gallery now.', 'Tang Teaching Museum');
    assert.deepEqual(a.map((c) => [c.type, c.rule]), [['FAC', 'model+head']]);
    const b = candsWithPersonTag('Shares of Orvane Holdings Group fell on Monday.', 'Orvane Holdings Group');
    assert.deepEqual(b.map((c) => c.type), ['ORG']);
  });
  it('stay persons when the span reads as a name ("Marc Lamont Hill", "John Hall")', () => {
    assert.deepEqual(candsWithPersonTag('Yesterday Marc Lamont Hill spoke.', 'Marc Lamont Hill').map((c) => c.type), ['PERSON']);
    assert.deepEqual(candsWithPersonTag('Yesterday John Hall spoke.', 'John Hall').map((c) => c.type), ['PERSON']);
  });
  it('stay persons without a head word', () => {
    assert.deepEqual(candsWithPersonTag('Yesterday Tang Wenhua spoke.', 'Tang Wenhua').map((c) => c.type), ['PERSON']);
  });
});

describe('a classifier noun before a tagger person guess', () => {
  it('types a name that does not read as a person\'s ("the band Deadsy", "the firm Cesaroni Design")', () => {
    assert.deepEqual(candsWithPersonTag('He referred to the band Deadsy in an interview.', 'Deadsy').map((c) => [c.type, c.rule]), [['ORG', 'classifier-noun']]);
    assert.deepEqual(candsWithPersonTag('In 1979 the firm Cesaroni Design opened.', 'Cesaroni Design').map((c) => c.type), ['ORG']);
  });
  it('leaves a known person-name word or a given name + surname a person ("the firm Smith founded", "the agency John Hall ran")', () => {
    assert.deepEqual(candsWithPersonTag('It was the firm Smith founded in 1990.', 'Smith').map((c) => c.type), ['PERSON']);
    assert.deepEqual(candsWithPersonTag('It was the agency John Hall ran for years.', 'John Hall').map((c) => c.type), ['PERSON']);
  });
});

describe('a tagger person guess led by a well-known place (real KB)', () => {
  const withKb = async (text: string, span: string) => {
    const { getKb } = await import('../../../src/kb/load.js');
    const toks = tokenize(text);
    const words = span.split(' ');
    const at = toks.findIndex((_, i) => words.every((w, k) => toks[i + k]?.text === w));
    const labels = new Int8Array(toks.length);
    words.forEach((_, k) => { labels[at + k] = LABELS.indexOf(k === 0 ? 'B-PER' : 'I-PER'); });
    const cands = collectCandidates({ text, toks, sents: sentenceRanges(toks), kb: getKb(), labels, lowerSeen: new Set() });
    return cands.filter((c) => c.s === at && c.e === at + words.length && c.src === 'model').map((c) => c.type);
  };
  it('is an organisation ("the Connecticut Lottery")', async () => {
    assert.deepEqual(await withKb('Tickets are sold by the Connecticut Lottery every week.', 'Connecticut Lottery'), ['ORG']);
  });
  it('stays a person when the place is also a given name or the name is unknown ("Jordan Henderson", "Tang Wenhua")', async () => {
    assert.deepEqual(await withKb('The goal was scored by Jordan Henderson on Monday.', 'Jordan Henderson'), ['PERSON']);
    assert.deepEqual(await withKb('The goal was scored by Tang Wenhua on Monday.', 'Tang Wenhua'), ['PERSON']);
  });
});
