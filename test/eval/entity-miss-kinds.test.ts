// EVAL_MISS_KINDS: why an entity was missed or linked wrongly, as kinds with no name — invented reports and analyses.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { countKinds, entityFacts, entityMissKinds, scorerNorm, type SysEntity } from '../../eval/entity-miss-kinds.js';
import { keptEntityMissKinds } from '../../eval/shared-scorer.js';

const text = 'The Port Vela Harbour Authority said on Monday that Anna Berg of the Vela Fishers Union had left. '
  + 'The Authority and Velacorp declined to comment. Harbour officials met the Union.';
const at = (s: string, from = 0) => { const i = text.indexOf(s, from); assert.ok(i >= 0, s); return { start: i, end: i + s.length, text: s }; };
const ent = (name: string, type: string, mentions: { start: number; end: number }[], qid?: string): SysEntity =>
  ({ name, type, mentions, ...(qid ? { kb: { wikidata: qid } } : {}) });
const kindsOf = (gold: { name: string; type: string; wikidata?: string; aliases?: string[] }[], ents: SysEntity[]) =>
  entityMissKinds({ entities: gold }, { document: { text }, entities: ents });

describe('entity miss causes', () => {
  it('uses the scorer normaliser (articles, possessives, punctuation, "of" dropped)', () => {
    assert.deepEqual(scorerNorm("The Bank of Vela's board"), ['bank', 'vela', 'board']);
  });

  it('says nothing for an entity the scorer matches, linked right', () => {
    const gold = [{ name: 'Velacorp', type: 'ORG', wikidata: 'Q1' }];
    assert.deepEqual(kindsOf(gold, [ent('Velacorp', 'ORG', [at('Velacorp')], 'Q1')]), []);
  });

  it('tells a name nobody found from one found with another type', () => {
    const gold = [{ name: 'Velacorp', type: 'ORG' }];
    assert.deepEqual(kindsOf(gold, []), ['entity missed (ORG): not found']);
    assert.deepEqual(kindsOf(gold, [ent('Velacorp', 'PERSON', [at('Velacorp')])]), ['entity missed (ORG): found as PERSON']);
    // GPE and LOC are interchangeable for the scorer: no miss at all
    assert.deepEqual(kindsOf([{ name: 'Port Vela', type: 'GPE' }], [ent('Port Vela', 'LOC', [at('Port Vela')])]), []);
  });

  it('tells a span that covers more or fewer words', () => {
    const gold = [{ name: 'Vela Fishers Union', type: 'ORG' }];
    assert.deepEqual(kindsOf(gold, [ent('Anna Berg of the Vela Fishers Union', 'ORG', [at('Anna Berg of the Vela Fishers Union')])]),
      ['entity missed (ORG): span longer']);
    assert.deepEqual(kindsOf(gold, [ent('Fishers Union', 'ORG', [at('Fishers Union')])]), ['entity missed (ORG): span shorter']);
    assert.deepEqual(kindsOf(gold, [ent('Velacorp', 'PERSON', [at('Velacorp')])]), ['entity missed (ORG): not found']);
  });

  it('tells a right span named otherwise: longer, shorter, the KB name, another mention', () => {
    const gold = [{ name: 'Port Vela Harbour Authority', type: 'ORG', wikidata: 'Q7' }];
    const span = at('Port Vela Harbour Authority');
    assert.deepEqual(kindsOf(gold, [ent('Port Vela Harbour Authority of Vela', 'ORG', [span])]), ['entity missed (ORG): named differently (longer)']);
    assert.deepEqual(kindsOf(gold, [ent('Harbour Authority', 'ORG', [span])]), ['entity missed (ORG): named differently (shorter)']);
    assert.deepEqual(kindsOf(gold, [ent('Vela Ports Board', 'ORG', [span], 'Q7')]), ['entity missed (ORG): named differently (KB name)']);
    assert.deepEqual(kindsOf(gold, [ent('The Authority', 'ORG', [span, at('The Authority')])]), ['entity missed (ORG): named differently (shorter)']);
    assert.deepEqual(kindsOf(gold, [ent('Harbour officials', 'ORG', [span, at('Harbour officials')])]), ['entity missed (ORG): named differently (another mention)']);
  });

  it('tells an entity already taken by an earlier gold entity, and a name absent from the text', () => {
    const gold = [{ name: 'Velacorp', type: 'ORG' }, { name: 'Velacorp', type: 'ORG' }, { name: 'Vela Mining', type: 'ORG' }];
    assert.deepEqual(kindsOf(gold, [ent('Velacorp', 'ORG', [at('Velacorp')])]),
      ['entity missed (ORG): taken by another gold entity', 'entity missed (ORG): gold name not in text']);
  });

  it('finds the name through an alias and at word boundaries only', () => {
    // "Union" inside no other word; the alias is how the text names it
    const gold = [{ name: 'Vela Fishers Union', type: 'ORG', aliases: ['the Union'] }];
    assert.deepEqual(kindsOf(gold, []), ['entity missed (ORG): not found']);
    assert.deepEqual(kindsOf([{ name: 'Vel', type: 'ORG' }], [ent('Velacorp', 'ORG', [at('Velacorp')])]), ['entity missed (ORG): gold name not in text']);
  });

  it('tells a missing QID from another one, and a gold QID that sits on another entity', () => {
    const gold = [{ name: 'Velacorp', type: 'ORG', wikidata: 'Q1' }];
    assert.deepEqual(kindsOf(gold, [ent('Velacorp', 'ORG', [at('Velacorp')])]), ['link (ORG): no QID']);
    assert.deepEqual(kindsOf(gold, [ent('Velacorp', 'ORG', [at('Velacorp')], 'Q2')]), ['link (ORG): another QID']);
    assert.deepEqual(kindsOf(gold, [ent('Velacorp', 'ORG', [at('Velacorp')], 'Q2'), ent('Vela', 'GPE', [at('Port Vela')], 'Q1')]),
      ['link (ORG): another QID, gold QID on another entity']);
  });

  it('returns kinds only: no gold or system name survives, and counts them most frequent first', () => {
    const gold = [{ name: 'Velacorp', type: 'ORG' }, { name: 'Anna Berg', type: 'PERSON' }, { name: 'Vela Fishers Union', type: 'ORG' }];
    const kinds = kindsOf(gold, [ent('Fishers Union', 'ORG', [at('Fishers Union')])]);
    const printed = kinds.join(' ');
    for (const secret of ['Vela', 'Anna', 'Berg', 'Fishers', 'Union']) assert.ok(!printed.includes(secret), secret);
    assert.deepEqual(countKinds(kinds), [['entity missed (ORG): not found', 1], ['entity missed (ORG): span shorter', 1], ['entity missed (PERSON): not found', 1]]);
  });
});

describe('entity facts and KB-name detail for entity-errors --by-rule (text-free)', () => {
  const t2 = 'VELA TIDE RISES\nThai officials met Velans and the Vela Fishers Union. The VFU said Velacorp would pay.';
  const m = (s: string, rule: string) => { const i = t2.indexOf(s); assert.ok(i >= 0, s); return { start: i, end: i + s.length, text: s, rule }; };
  const sents = [{ start: 0, end: 15, kind: 'HEADLINE' }, { start: 16, end: t2.indexOf(' The VFU') + 1, kind: 'BODY' }, { start: t2.indexOf('The VFU'), end: t2.length, kind: 'BODY' }];
  const facts = (e: SysEntity & { rule?: string; kind?: string }, gold: { name: string; type: string }[] = []) => entityFacts(e, gold, t2, sents);

  it('tells the rule, KB kind, link, demonym use and mention count', () => {
    assert.equal(facts({ name: 'Thailand', type: 'GPE', rule: 'kb-demonym', kind: 'COUNTRY', kb: { wikidata: 'Q869' }, mentions: [m('Thai', 'kb-demonym')] }),
      'rule=kb-demonym kind=COUNTRY linked demonym-only before-lower mentions=1 sentence-initial');
    assert.equal(facts({ name: 'Vela', type: 'GPE', rule: 'kb-demonym', mentions: [m('Velans', 'kb-demonym')] }),
      'rule=kb-demonym kind=- unlinked demonym-only plural-people mentions=1');
    // a name mentioned in the text as well as by its demonym is not demonym-only
    assert.equal(facts({ name: 'Vela', type: 'GPE', rule: 'kb-alias', mentions: [m('Velans', 'kb-demonym'), m('VELA', 'kb-alias')] }),
      'rule=kb-alias kind=- unlinked mentions=2+');
  });

  it('tells a mention inside a gold name, a headline-only and an all-capitals entity', () => {
    assert.equal(facts({ name: 'Vela', type: 'GPE', rule: 'kb-alias', mentions: [m('Vela Fishers', 'kb-alias')] }, [{ name: 'Vela Fishers Union', type: 'ORG' }]),
      'rule=kb-alias kind=- unlinked mentions=1 inside-gold-name');
    assert.equal(facts({ name: 'Vela Tide', type: 'ORG', rule: 'model:perceptron', mentions: [m('VELA TIDE', 'model')] }),
      'rule=model:perceptron kind=- unlinked mentions=1 only-HEADLINE all-caps sentence-initial');
    assert.equal(facts({ name: 'VFU', type: 'ORG', rule: 'acronym', mentions: [m('VFU', 'acronym')] }), 'rule=acronym kind=- unlinked mentions=1 all-caps');
  });

  it('names no text', () => {
    const f = facts({ name: 'Velacorp', type: 'ORG', rule: 'model:perceptron', mentions: [m('Velacorp', 'model')] }, [{ name: 'Vela Fishers Union', type: 'ORG' }]);
    for (const secret of ['Vela', 'corp', 'Fishers', 'Thai']) assert.ok(!f.includes(secret), secret);
  });

  it('splits a KB-name miss by whether the KB entry is the gold referent, only when asked', () => {
    const gold = [{ name: 'Port Vela Harbour Authority', type: 'ORG', wikidata: 'Q7' }];
    const e = [ent('Vela Ports Board', 'ORG', [at('Port Vela Harbour Authority')], 'Q7')];
    const detail = (g: { name: string; type: string; wikidata?: string }[], es: SysEntity[]) => entityMissKinds({ entities: g }, { document: { text }, entities: es }, { detail: true });
    assert.deepEqual(kindsOf(gold, e), ['entity missed (ORG): named differently (KB name)']);
    assert.deepEqual(detail(gold, e), ['entity missed (ORG): named differently (KB name, same QID)']);
    assert.deepEqual(detail([{ ...gold[0]!, wikidata: 'Q8' }], e), ['entity missed (ORG): named differently (KB name, other QID)']);
    assert.deepEqual(detail([{ name: gold[0]!.name, type: 'ORG' }], e), ['entity missed (ORG): named differently (KB name, gold without QID)']);
  });
});

describe('entity miss causes from the analyses the scorer kept', () => {
  it('reads each gold file\'s kept analysis, and counts every gold entity of a report with none as missed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ents-gold-'));
    const keep = mkdtempSync(join(tmpdir(), 'ents-kept-'));
    try {
      writeFileSync(join(dir, 'a.txt'), text);
      writeFileSync(join(dir, 'a.gold.json'), JSON.stringify({ file: 'a.txt', entities: [{ name: 'Velacorp', type: 'ORG' }, { name: 'Anna Berg', type: 'PERSON' }] }));
      writeFileSync(join(dir, 'b.txt'), text);
      writeFileSync(join(dir, 'b.gold.json'), JSON.stringify({ file: 'b.txt', entities: [{ name: 'Velacorp', type: 'ORG' }] }));
      writeFileSync(join(dir, 'story.gold.json'), JSON.stringify({ story: true, entities: [{ name: 'Velacorp', type: 'ORG' }] }));
      const kept = { document: { text }, entities: [ent('Velacorp', 'PERSON', [at('Velacorp')]), ent('Anna Berg', 'PERSON', [at('Anna Berg')])] };
      writeFileSync(join(keep, `${encodeURIComponent(resolve(join(dir, 'a.txt')))}.json`), JSON.stringify(kept));
      assert.deepEqual(keptEntityMissKinds(dir, keep), ['entity missed (ORG): found as PERSON', 'entity missed (ORG): no analysis (analyze failed)']);
    } finally {
      rmSync(dir, { recursive: true, force: true }); rmSync(keep, { recursive: true, force: true });
    }
  });
});
