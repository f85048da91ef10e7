// Review r1 finding 11: the words case-names.ts reads (the inner words of a party's name and the sentence openers that
// are no party) are data, data/lexicon/entities.json caseNames, not lists in the code. Sentences written for this
// test; real KB; pinned date (run-entities).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../../src/core/shared.js';
import { lexicon } from '../../../src/nlp/entities/lexicon.js';
import { bySurface, names, run } from './run-entities.js';

describe('case names read their words from the lexicon', () => {
  it('the lists load and are gone from the code', () => {
    const L = lexicon();
    assert.ok(L.caseNameInner.has('of') && L.caseNameOpeners.has('in'));
    const code = readFileSync(join(projectRoot, 'src', 'nlp', 'entities', 'case-names.ts'), 'utf8');
    assert.doesNotMatch(code, /new Set\(\[/);
  });
  it('an inner word keeps the second party whole and an opener is no party', () => {
    // 'of' (inner) inside the second side, 'Under' (opener) before the first
    const doc = run('Under Brown v. Board of Education, schools could not be segregated, the court said.');
    assert.equal(bySurface(doc, 'Brown v. Board of Education')?.type, 'OTHER', names(doc));
    // negative: a capitalised first word that is no opener stays in the first party
    const d2 = run('The justices said Planned Parenthood v. Casey was settled law.');
    assert.ok(bySurface(d2, 'Planned Parenthood v. Casey'), names(d2));
  });
});
