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
  it('drops an alternative name that is the own name of a place only Natural Earth holds, in the same country', () => {
    // "Lianyungang" was among Lingyuan's alternative names (700 km away, Liaoning) and outranked the port city
    assert.equal(top('Lianyungang')?.qid, 'Q57756');
    assert.ok(!all('Lianyungang').some((e) => e.name === 'Lingyuan'));
    assert.equal(top('Lingyuan')?.name, 'Lingyuan');
  });
  it('keeps an alternative name several places list only with the one whose region bears it', () => {
    // "Novgorod": Natural Earth lists it for Veliky Novgorod (Novgorod Oblast) and Nizhny Novgorod; it went to the larger
    assert.ok(!all('Novgorod').some((e) => e.name === 'Nizhny Novgorod'));
    assert.ok(all('Novgorod').some((e) => e.name === 'Veliky Novgorod'));
    assert.equal(top('Nizhny Novgorod')?.name, 'Nizhny Novgorod');
    assert.equal(top('Nizhniy Novgorod')?.name, 'Nizhny Novgorod');
  });
});
