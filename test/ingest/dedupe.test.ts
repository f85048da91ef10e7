import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fingerprint, fingerprintBands, nearestCopy, similarity, NEAR_DUP_JACCARD } from '../../src/ingest/dedupe.js';

const WIRE = `DERNA, Libya (AP) — Search teams combed through the wreckage of apartment buildings on Thursday as the death toll from catastrophic floods in the eastern Libyan city of Derna climbed again. The Red Crescent said more than 11,300 people were killed and another 10,100 were missing. Two dams above the city burst on Sunday night, sending a wall of water through the center of the city and sweeping entire neighborhoods into the sea. Officials warned that the number of dead could rise further as rescuers reached areas that had been cut off by the flood waters.`;
const OTHER = 'Kim Jong Un arrived in Vladivostok by armoured train on Tuesday for talks with Vladimir Putin about arms, satellites and food aid, officials in Seoul said, adding that the summit could last several days and include visits to military factories.';

test('a reprinted wire story is a near-duplicate; an unrelated one is not', () => {
  const a = fingerprint(WIRE);
  const reprint = fingerprint(`By The Associated Press\n\n${WIRE.replace('Thursday', 'Thursday,')}\n\nCopyright 2023 The Associated Press. All rights reserved.`);
  const other = fingerprint(OTHER);
  assert.ok(similarity(a.hex, reprint.hex) >= NEAR_DUP_JACCARD, `reprint similarity ${similarity(a.hex, reprint.hex)}`);
  assert.ok(similarity(a.hex, other.hex) < 0.1, `unrelated similarity ${similarity(a.hex, other.hex)}`);
  assert.ok(fingerprintBands(a.hex).some((b) => fingerprintBands(reprint.hex).includes(b)), 'the reprint is an LSH candidate');
  assert.deepEqual(nearestCopy(reprint, [{ id: 'x', fingerprint: other.hex }, { id: 'orig', fingerprint: a.hex }])?.of, 'orig');
  // copies of copies point to the first report
  assert.equal(nearestCopy(reprint, [{ id: 'copy1', fingerprint: a.hex, copyOf: 'orig' }])?.of, 'orig');
  // short texts never count as near-duplicates
  assert.equal(nearestCopy(fingerprint('Floods hit Derna.'), [{ id: 'y', fingerprint: fingerprint('Floods hit Derna!').hex }]), undefined);
});

test('fingerprints: deterministic, self-similar, bands fit a 32-bit column', () => {
  fc.assert(fc.property(fc.string(), fc.string(), (x, y) => {
    const a = fingerprint(x).hex; const b = fingerprint(y).hex;
    assert.equal(a.length, 512);
    assert.equal(a, fingerprint(x).hex);
    assert.equal(similarity(a, a), 1);
    assert.equal(similarity(a, b), similarity(b, a));
    for (const band of fingerprintBands(a)) assert.ok(Number.isInteger(band) && band >= 0 && band < 2 ** 31);
  }));
});

// Stored fingerprints are compared with new ones, so their values must never change: pinned values (computed by
// the first implementation) and a reference that builds each shingle string and hashes it.
const refFnv = (s: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return refFmix(h);
};
const refFmix = (h: number): number => {
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35); h ^= h >>> 16;
  return h >>> 0;
};
const refFingerprint = (text: string): { hex: string; shingles: number } => {
  const w = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const k = w.length >= 3 ? 3 : 1;
  const seen = new Set<number>();
  for (let i = 0; i + k <= w.length; i++) seen.add(refFnv(w.slice(i, i + k).join(' ')));
  let hex = '';
  for (let j = 0; j < 64; j++) {
    const seed = refFmix((j + 1) * 0x9e3779b9);
    let min = 0xffffffff;
    for (const x of seen) min = Math.min(min, refFmix(x ^ seed));
    hex += min.toString(16).padStart(8, '0');
  }
  return { hex, shingles: seen.size };
};

test('fingerprint values are stable (stored fingerprints stay comparable)', () => {
  const f = fingerprint('Kim Jong Un arrived in Vladivostok by armoured train on Tuesday for talks with Vladimir Putin.');
  assert.equal(f.shingles, 14);
  assert.equal(f.hex.slice(0, 24), '2b97bbea30aadd67035bf46f');
  const g = fingerprint('Café Ünïcödé 北京');
  assert.equal(g.shingles, 1);
  assert.equal(g.hex.slice(0, 24), 'bcb68d3656511db43cd178a4');
  // negative: one word changed is another fingerprint
  assert.notEqual(fingerprint('Kim Jong Un arrived in Vladivostok by armoured train on Monday for talks with Vladimir Putin.').hex, f.hex);
  fc.assert(fc.property(fc.array(fc.constantFrom('the', 'Kim', 'train', 'Ünï', '北京', 'a1', 'x'), { maxLength: 12 }), (ws) => {
    const t = ws.join(' ');
    assert.deepEqual(fingerprint(t), refFingerprint(t));
  }));
});
