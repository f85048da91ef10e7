// The cross-document key of an entity: a QID where linked, else the KB's name for a KB entry named otherwise by the
// report, except an acronym the report writes, which keys as written (every report spells it alike).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { entityKey } from '../../src/store/rows.js';

describe('store: entityKey', () => {
  it('a QID wins over any name', () => {
    assert.equal(entityKey({ name: 'NATO', type: 'ORG', kb: { wikidata: 'Q7184' } }), 'wd:Q7184');
  });
  it('an unlinked KB entry keys by its KB name whatever form the report gives it', () => {
    const a = entityKey({ name: 'Defense Department', type: 'ORG', kb: { name: 'United States Department of Defense' } });
    const b = entityKey({ name: 'Department of Defense', type: 'ORG', kb: { name: 'United States Department of Defense' } });
    assert.equal(a, b);
  });
  it('an acronym keys as written, so reports that resolve it to different KB entries still meet', () => {
    const a = entityKey({ name: 'FEMA', type: 'ORG', kb: { name: 'Federal Emergency Management Agency' } });
    const b = entityKey({ name: 'FEMA', type: 'ORG' });
    assert.equal(a, b);
  });
  it('negative: a capitalised word or a long upper-case run is no acronym and keeps the KB name', () => {
    const a = entityKey({ name: 'Nato', type: 'ORG', kb: { name: 'North Atlantic Treaty Organization' } });
    assert.equal(a, entityKey({ name: 'North Atlantic Treaty Organization', type: 'ORG' }));
    const b = entityKey({ name: 'INTERNATIONALIST', type: 'ORG', kb: { name: 'Internationalist Party' } });
    assert.equal(b, entityKey({ name: 'Internationalist Party', type: 'ORG' }));
  });
});
