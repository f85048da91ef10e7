// Issue #3 (entities, stop 38): Natural Earth's alternative names ("namealt") sometimes name a neighbour or a namesake
// rather than the place, and the alias then outranked the real town: "Gisenyi" (Rwanda) linked to Goma (DR Congo),
// "Klintsy" to Bryansk, "Santa Rosa" to Santa Rosa de Copán. Such an alternative name is dropped when another GeoNames
// place bears it as its own name, unless that place is a duplicate of this one (same country, within 10 km, no more
// populous). Reads the compiled KB (npm run build).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getKb } from '../../src/kb/load.js';
import { normAlias } from '../../src/kb/normalize.js';

const top = (alias: string) => getKb().byAlias(normAlias(alias))[0];
const all = (alias: string) => getKb().byAlias(normAlias(alias));

describe('kb: Natural Earth alternative names that name another place', () => {
  it('no longer give a twin town or a namesake to the place ("Gisenyi" is no alias of Goma)', () => {
    assert.equal(top('Gisenyi')?.country, 'RW');
    assert.ok(!all('Gisenyi').some((e) => e.name === 'Goma'));
    assert.ok(!all('Klintsy').some((e) => e.name === 'Bryansk'));
    assert.ok(!all('Santa Rosa').some((e) => e.country === 'HN'));
  });
  it('keeps the place\'s own names and alternative names nothing else bears', () => {
    assert.equal(top('Goma')?.country, 'CD');
    assert.equal(top('Goma')?.name, 'Goma');
    assert.ok(all('Tripoli').some((e) => e.country === 'LB'));
    assert.equal(top('Bryansk')?.name, 'Bryansk');
  });
});
