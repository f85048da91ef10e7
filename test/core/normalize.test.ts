import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkPublished, decodeUtf8, normalizeText, sha256 } from '../../src/ingest/normalize.js';
import { InputError } from '../../src/core/errors.js';

describe('normalizeText', () => {
  const cases: [string, string, string][] = [
    ['NFC composes accents', 'Re\u0301sume\u0301', 'Résumé'],
    ['CRLF and CR become LF', 'a\r\nb\rc', 'a\nb\nc'],
    ['no-break and narrow spaces become spaces', '59\u00A0km/h and 10\u202F000', '59 km/h and 10 000'],
    ['zero-width characters and soft hyphens go', 'Vladi\u200Bvostok re\u00ADport', 'Vladivostok report'],
    ['control characters go, tabs stay', 'a\u0007b\tc', 'ab\tc'],
    ['blank-line runs collapse to one blank line', 'a\n\n\n\n\nb', 'a\n\nb'],
    ['trailing spaces on lines go', 'a   \nb', 'a\nb'],
    ['BOM goes, text is trimmed', '\uFEFF  hello  ', 'hello'],
  ];
  for (const [name, input, want] of cases) it(name, () => assert.equal(normalizeText(input), want));

  it('is idempotent (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      const once = normalizeText(s);
      assert.equal(normalizeText(once), once);
    }));
  });
});

describe('decodeUtf8 and checkPublished', () => {
  it('accepts UTF-8 with a few bad bytes but refuses binary', () => {
    assert.equal(decodeUtf8(Buffer.from('Kim’s train', 'utf8'), 'x'), 'Kim’s train');
    const mostlyGood = Buffer.concat([Buffer.from('a'.repeat(100)), Buffer.from([0xff])]);
    assert.equal(decodeUtf8(mostlyGood, 'x').length, 101);
    assert.throws(() => decodeUtf8(Buffer.from([0x41, 0, 0x42]), 'x'), (e: unknown) => e instanceof InputError && e.code === 'E003');
  });

  it('validates publication dates', () => {
    assert.equal(checkPublished('2023-09-11'), '2023-09-11');
    assert.equal(checkPublished('2023-09-11T10:00:00Z'), '2023-09-11T10:00:00Z');
    assert.equal(checkPublished('2024-02-29'), '2024-02-29');
    for (const bad of ['2023-02-29', '2023-13-01', '11/09/2023', '2023-9-1', '', 'tomorrow']) {
      assert.throws(() => checkPublished(bad), (e: unknown) => e instanceof InputError && e.code === 'E004', bad);
    }
  });

  it('sha256 is the hex digest of the UTF-8 text', () => {
    assert.equal(sha256('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
