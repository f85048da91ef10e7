import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findQuotes, sentencesOf } from '../../../src/nlp/claims/text.js';
import { claimsOf } from './helpers.js';

// Generated news-like paragraphs: sources, cues, hedges, quotes and negation in random combinations.
const source = fc.constantFrom('The ministry', 'Police', 'Anna Weber', 'a senior official', 'The agency', 'Local media', 'Witnesses',
  'The company', 'Mr. Chen', 'the mayor', 'Officials', 'The Daily Courier');
const content = fc.constantFrom('the bridge had collapsed', 'prices will rise next year', 'the talks could fail', 'no one was hurt',
  'the plant is likely to close', 'crews were clearing the roads', 'the vote did not take place', 'exports rose 4% in May',
  'the convoy has reached the border', 'the ship is believed to have sunk');
const cap = (s: string): string => s[0]!.toUpperCase() + s.slice(1);
const sentence = fc.oneof(
  fc.tuple(source, fc.constantFrom('said', 'told reporters', 'announced', 'warned', 'confirmed', 'claimed'), content)
    .map(([s, c, x]) => `${s} ${c} that ${x}.`),
  fc.tuple(content, source, fc.constantFrom('said', 'added', 'wrote')).map(([x, s, c]) => `${cap(x)}, ${s.replace(/^The /, 'the ')} ${c}.`),
  fc.tuple(source, content).map(([s, x]) => `According to ${s.replace(/^The /, 'the ')}, ${x}.`),
  fc.tuple(source, source, content).map(([s, t, x]) => `${s}, citing ${t.replace(/^The /, 'the ')}, reported that ${x}.`),
  fc.tuple(content, source).map(([x, s]) => `"${cap(x)}," ${s.replace(/^The /, 'the ')} said.`),
  fc.tuple(content).map(([x]) => `Reportedly, ${x}.`),
  fc.tuple(content).map(([x]) => `${cap(x)}.`),
  fc.tuple(content, fc.constantFrom('he said', 'she added', 'they said')).map(([x, p]) => `"${cap(x)}," ${p}.`),
);
const article = fc.array(fc.array(sentence, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 })
  .map((paras) => paras.map((p) => p.join(' ')).join('\n\n'));

describe('claims: properties over generated reports', () => {
  it('offsets are exact, spans lie inside one sentence, cues occur next to their claim, chains do not repeat', () => {
    fc.assert(fc.property(article, (text) => {
      const { doc, claims } = claimsOf(text);
      const sents = sentencesOf(doc);
      const quotes = findQuotes(text);
      for (const c of claims) {
        assert.equal(text.slice(c.start, c.end), c.text);
        const si = sents.findIndex((s) => s.start <= c.start && c.end <= s.end);
        const inQuote = quotes.some(([a, b]) => a <= c.start && c.end <= b);
        assert.ok(si >= 0 || inQuote, `claim crosses a sentence boundary: ${c.text}`);
        const seen = new Set<string>();
        for (const l of c.attribution) {
          const key = `${l.kind}|${l.source.toLowerCase()}|${l.cueSpan?.start}`;
          assert.ok(!seen.has(key), `repeated link ${key} in ${c.text}`);
          seen.add(key);
          assert.ok(l.cueSpan, 'every link has a cue span');
          assert.equal(text.slice(l.cueSpan.start, l.cueSpan.end), l.cue, 'the cue is the text at its cue span');
          // the cue sits in the claim's sentence or a neighbouring one (a quote's speaker may follow it)
          const ci = sents.findIndex((s) => s.start <= l.cueSpan!.start && l.cueSpan!.end <= s.end);
          assert.ok(ci >= 0, 'cue inside a sentence');
          assert.ok(inQuote || Math.abs(ci - si) <= 1, `cue "${l.cue}" too far from claim "${c.text}"`);
          if (l.span && l.kind !== 'UNNAMED') assert.ok(l.span.end <= text.length && l.span.start >= 0);
        }
        assert.ok(['CERTAIN', 'PROBABLE', 'POSSIBLE', 'UNKNOWN'].includes(c.certainty));
        assert.ok(['PAST', 'ONGOING', 'FUTURE'].includes(c.status));
      }
    }), { numRuns: 300 });
  });

  it('every generated reporting sentence yields an attributed claim', () => {
    fc.assert(fc.property(source, content, (s, x) => {
      const text = `${s} said that ${x}.`;
      const { claims } = claimsOf(text);
      assert.ok(claims.some((c) => c.attribution.length >= 1 && c.text.includes(x.split(' ').slice(-2).join(' '))), text);
    }), { numRuns: 100 });
  });

  it('never throws and is deterministic on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
      const a = claimsOf(text).claims;
      const b = claimsOf(text).claims;
      assert.deepEqual(a, b);
      for (const c of a) assert.equal(text.slice(c.start, c.end), c.text);
    }), { numRuns: 300 });
  });

  it('survives unbalanced quotes and punctuation storms', () => {
    const nasty = ['"""', '“ ” “', ', , , said', 'said said said', '(R-Wis.) said', '— according to —', "'' `` ''", 'said, "'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...nasty, 'The mayor', 'that', 'prices rose', '.', ','), { maxLength: 40 }), (parts) => {
      const text = parts.join(' ');
      const { claims } = claimsOf(text);
      for (const c of claims) assert.equal(text.slice(c.start, c.end), c.text);
    }), { numRuns: 300 });
  });
});
