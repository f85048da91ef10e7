// Stop 32 (entities, round 2): two shapes of missed organisations.
// 1. A state body's compound capitalised as a name ("Home Ministry", "Justice Ministry"; the lower-case compounds are
//    ownedBodyNouns in data/lexicon/entities.json) is one organisation, though its first word alone is an ordinary
//    word ("home") or an honorific ("Justice") that the run rules would strip, leaving a lone head.
// 2. An acronym right after an organisation classifier noun ("the financial regulator FINMA", "ground-handling firm
//    AISATS") is that organisation, as a title-case name there already is ("the retailer Brannix").
// Real KB; sentences written for these tests; pinned date 2024-03-26.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bySurface, names, run } from './run-entities.js';

describe('entities: a capitalised state-body compound', () => {
  it('keeps an ordinary first word ("Home Ministry") before a role noun and a person', () => {
    const doc = run('Home Ministry spokesperson Laxmi Prasad Dhakal told reporters that 600 people had died.');
    assert.equal(bySurface(doc, 'Home Ministry')?.type, 'ORG', names(doc));
    assert.equal(bySurface(doc, 'Laxmi Prasad Dhakal')?.type, 'PERSON', names(doc));
  });
  it('keeps an honorific first word ("Justice Ministry") and one after "the"', () => {
    const doc = run('Justice Ministry spokesman Ram Bahadur said the court would sit. The Home Ministry said on Monday that the toll had risen.');
    assert.equal(bySurface(doc, 'Justice Ministry')?.type, 'ORG', names(doc));
    assert.equal(bySurface(doc, 'Home Ministry')?.type, 'ORG', names(doc));
  });
  it('does not change an honorific before a person, an ordinary word before another head, or a lone head', () => {
    const doc = run('Justice Sonia Sotomayor wrote the dissent. The Ministry declined to comment.');
    assert.equal(bySurface(doc, 'Sonia Sotomayor')?.type, 'PERSON', names(doc));
    assert.ok(!doc.entities.some((e) => /Justice|Ministry/.test(e.name)), names(doc));
    const d2 = run('Home Secretary James Cleverly said the plan would go ahead.');
    assert.ok(!d2.entities.some((e) => /^Home/.test(e.name)), names(d2));
    assert.equal(bySurface(d2, 'James Cleverly')?.type, 'PERSON', names(d2));
  });
});

describe('entities: an acronym after an organisation classifier noun', () => {
  it('is that organisation ("the financial regulator FINMA", "ground-handling firm AISATS")', () => {
    const doc = run('In the most contentious part of the rescue, the financial regulator FINMA ordered that the bonds be written down.');
    assert.equal(bySurface(doc, 'FINMA')?.type, 'ORG', names(doc));
    const d2 = run('The buyer also gets a 50 per cent stake in ground-handling firm AISATS, officials said.');
    assert.equal(bySurface(d2, 'AISATS')?.type, 'ORG', names(d2));
  });
  it('is not a common-noun acronym, a headline, or an acronym after a capitalised word', () => {
    const doc = run('The company CEO resigned on Monday after the firm GDP forecast was cut.');
    assert.ok(!doc.entities.some((e) => /CEO|GDP/.test(e.name)), names(doc));
    const d2 = run('He said the Group QRXT had no comment.');
    assert.ok(!d2.entities.some((e) => e.name === 'QRXT' && e.mentions.some((m) => m.rule === 'classifier-noun')), names(d2));
  });
});
