// Issue #3 (entities, stop 38): companies named with a suffix outside the Western list. "SRC International Sdn Bhd", "PT Bank Central Asia Tbk", "Tata Sons Limited" were OTHER, a person or
// cut at the suffix: Malaysian (Sdn Bhd, Berhad), Indonesian (Tbk), Japanese (Kaisha), Latin American (Ltda), Russian
// (PJSC, JSC) and the written-out "Limited" are company suffixes (data/lexicon/entities.json companySuffixes).
// Real KB; sentences written for these tests.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bySurface, names, run } from './run-entities.js';

describe('entities: company suffixes outside the Western list', () => {
  it('end a company name ("Sdn Bhd", "Tbk", "Kaisha", "Limited")', () => {
    const d1 = run('Najib was found guilty of abusing his position over SRC International Sdn Bhd, a former unit of the state fund.');
    assert.equal(bySurface(d1, 'SRC International Sdn Bhd')?.type, 'ORG', names(d1));
    const d2 = run('Shares of PT Bank Central Asia Tbk rose 2 per cent on Monday.');
    assert.equal(bySurface(d2, 'PT Bank Central Asia Tbk')?.type, 'ORG', names(d2));
    const d3 = run('Tata Sons Limited said on Monday it had won the bid.');
    assert.equal(bySurface(d3, 'Tata Sons Limited')?.type, 'ORG', names(d3));
    assert.ok(!d3.entities.some((e) => e.type === 'PERSON'), names(d3));
  });
  it('leaves ordinary words and people alone ("limited", "Limited supplies", a person before "Limited")', () => {
    const d1 = run('The company said supplies were limited after the fire.');
    assert.ok(!d1.entities.some((e) => e.type === 'ORG' || e.type === 'PERSON'), names(d1));
    const d2 = run('Jane Okafor said the Limited Edition sold out within an hour.');
    assert.equal(bySurface(d2, 'Jane Okafor')?.type, 'PERSON', names(d2));
  });
});
