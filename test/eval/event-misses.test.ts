// EVAL_MISS_KINDS event causes: each missed gold event is told as "no event of this type" (with the other types
// that hold its names) or "type present, missing …" (by gold entity type and whether the entity was found at all).
// Invented reports; no name or text may survive into a cause.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { eventMissCauses, type GoldDoc, type SysDoc } from '../../eval/event-misses.js';
import { keptEventMissCauses } from '../../eval/shared-scorer.js';
import { eventCauseCounts } from '../../eval/miss-kinds.js';

const gold: GoldDoc = {
  entities: [
    { name: 'Anna Berg', type: 'PERSON' }, { name: 'Port Vela', type: 'GPE', aliases: ['Vela'] },
    { name: 'Harbour Guild', type: 'ORG' }, { name: 'Mira Stone', type: 'PERSON' },
  ],
  events: [
    { type: 'ARREST', participants: ['Anna Berg'], places: ['Port Vela'] },
    { type: 'STATEMENT', participants: ['Harbour Guild'] },
    { type: 'MEET', participants: ['Anna Berg', 'Mira Stone'] },
    { type: 'FIRE', participants: [], places: ['Port Vela'] },
    { type: 'PROTEST', participants: [], anyOf: ['Harbour Guild', 'Anna Berg'] },
  ],
};
const ents = [{ id: 'e1', name: 'Anna Berg', type: 'PERSON' }, { id: 'e2', name: 'Vela', type: 'GPE' }, { id: 'e3', name: 'Stone', type: 'PERSON' }];

describe('event miss causes', () => {
  it('counts a hit as no miss, with the scorer\'s name match (words either way)', () => {
    const out: SysDoc = { entities: ents, events: [{ type: 'ARREST', args: { agent: 'e1', place: ['e2'] } }] };
    assert.ok(!eventMissCauses(gold, out).some((c) => c.startsWith('event ARREST')));
  });

  it('tells a missing type from a missing participant, and says whether the entity was found', () => {
    const out: SysDoc = {
      entities: ents,
      events: [
        { type: 'ARREST', args: { patient: 'e1' } },            // lacks the place, which the system found
        { type: 'STATEMENT', args: { agent: 'e1' } },           // lacks the guild, which the system never found
        { type: 'TRAVEL', args: { agent: ['e1', 'e3'] } },      // MEET's names, under another type
        { type: 'DISASTER', args: { place: 'e2' } },            // FIRE's place, under another type
        { type: 'PROTEST', args: {} },                          // no anyOf name
      ],
    };
    assert.deepEqual(eventMissCauses(gold, out), [
      'event ARREST: type present, missing place GPE (entity in doc)',
      'event STATEMENT: type present, missing participant ORG (entity not found)',
      'event MEET: no system event of this type; TRAVEL holds every name',
      'event FIRE: no system event of this type; DISASTER holds every name',
      'event PROTEST: type present, missing anyOf name (entity in doc)',
    ]);
  });

  it('names no other type when no event holds the names, and none for an event with no names', () => {
    const g: GoldDoc = { entities: gold.entities, events: [{ type: 'MEET', participants: ['Anna Berg', 'Mira Stone'] }, { type: 'OUTBREAK', participants: [] }] };
    const out: SysDoc = { entities: ents, events: [{ type: 'TRAVEL', args: { agent: 'e1' } }] };
    assert.deepEqual(eventMissCauses(g, out), ['event MEET: no system event of this type', 'event OUTBREAK: no system event of this type']);
  });

  it('describes what the closest event of the type lacks, several names joined', () => {
    const g: GoldDoc = { entities: gold.entities, events: [{ type: 'MEET', participants: ['Anna Berg', 'Mira Stone', 'Harbour Guild'], places: ['Port Vela'] }] };
    const out: SysDoc = { entities: ents, events: [{ type: 'MEET', args: {} }, { type: 'MEET', args: { agent: ['e1'] } }] };
    assert.deepEqual(eventMissCauses(g, out), ['event MEET: type present, missing participant ORG (entity not found) + participant PERSON (entity in doc) + place GPE (entity in doc)']);
  });

  it('a participant the gold does not list as an entity is untyped', () => {
    const g: GoldDoc = { entities: [], events: [{ type: 'VOTE', participants: ['Senate'] }] };
    assert.deepEqual(eventMissCauses(g, { entities: [], events: [{ type: 'VOTE' }] }), ['event VOTE: type present, missing participant untyped (entity not found)']);
  });

  it('prints no name', () => {
    const out: SysDoc = { entities: ents, events: [{ type: 'ARREST', args: {} }] };
    const printed = eventMissCauses(gold, out).join(' ');
    for (const secret of ['Anna', 'Berg', 'Vela', 'Guild', 'Mira', 'Stone']) assert.ok(!printed.includes(secret), secret);
  });

  it('counts causes overall (each lacking name once) and by type', () => {
    const { summary, detail } = eventCauseCounts([
      'event MEET: no system event of this type; TRAVEL holds every name',
      'event MEET: no system event of this type',
      'event ARREST: type present, missing participant PERSON (entity in doc) + place GPE (entity in doc)',
      'event STATEMENT: type present, missing participant PERSON (entity in doc)',
    ]);
    assert.deepEqual(summary, [
      ['type present, missing participant PERSON (entity in doc)', 2],
      ['no event of the type (nor of another holding every name)', 1],
      ['no event of the type; another type holds every name', 1],
      ['type present, missing place GPE (entity in doc)', 1],
    ]);
    assert.equal(detail.length, 4);
  });

  it('reads the analyses the scorer kept, one per gold file; a report with no kept analysis lacks every type', () => {
    const dir = mkdtempSync(join(tmpdir(), 'evmiss-'));
    const keep = mkdtempSync(join(tmpdir(), 'evmiss-keep-'));
    try {
      writeFileSync(join(dir, 'a.txt'), 'x');
      writeFileSync(join(dir, 'a.gold.json'), JSON.stringify({ file: 'a.txt', events: [{ type: 'FIRE', participants: [] }, { type: 'MATCH', participants: [] }] }));
      writeFileSync(join(dir, 'b.txt'), 'y');
      writeFileSync(join(dir, 'b.gold.json'), JSON.stringify({ file: 'b.txt', events: [{ type: 'PAYMENT', participants: [] }] }));
      // the tee's naming: the article's absolute path, URI-encoded
      writeFileSync(join(keep, `${encodeURIComponent(resolve(join(dir, 'a.txt')))}.json`), JSON.stringify({ entities: [], events: [{ type: 'FIRE' }] }));
      assert.deepEqual(keptEventMissCauses(dir, keep), ['event MATCH: no system event of this type', 'event PAYMENT: no system event of this type']);
    } finally { rmSync(dir, { recursive: true, force: true }); rmSync(keep, { recursive: true, force: true }); }
  });
});
