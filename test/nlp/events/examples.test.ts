// Against ../shared/examples: (1) the events stage alone, fed the gold entities as mentions, must find
// the gold events (type + participants) as the shared scorer matches them; (2) with the whole pipeline,
// the events layer must be well formed (schema, spans, ids that resolve). Skipped without ../shared.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { extractEvents } from '../../../src/nlp/events/index.js';
import { analyze } from '../../../src/analyze.js';
import type { Entity, EntityType } from '../../../src/core/types.js';
import { needShared } from '../../helpers/shared.js';
import { schemaErrors } from '../../helpers/schema.js';
import { assertSpansMatch } from '../../helpers/spans.js';
import { makeDoc } from './helpers.js';
import { goldFiles } from '../../../eval/gold-files.js';

interface GoldEvent { type: string; participants: string[]; places?: string[]; anyOf?: string[] }
interface Gold { file: string; story?: unknown; publishedAt?: string; entities?: Array<{ name: string; type: EntityType; aliases?: string[] }>; events?: GoldEvent[] }

const shared = needShared('events examples');

// The shared scorer's name matching (../shared/tools/score.mjs).
const norm = (s: string): string[] => s.toLowerCase().replace(/[’']s\b/g, '').replace(/[^\p{L}\p{N} ]+/gu, ' ')
  .split(/\s+/).filter((w) => w && !['a', 'an', 'the', 'of'].includes(w));
const contains = (big: string[], small: string[]): boolean => small.length > 0 && small.every((w) => big.includes(w));
const nameMatch = (a: string, b: string): boolean => { const x = norm(a), y = norm(b); return contains(x, y) || contains(y, x); };

test('examples: with gold entities, the events stage finds ≥ 0.85 of the gold events', { skip: shared.skip }, () => {
  let hit = 0, total = 0;
  const misses: string[] = [];
  for (const gp of goldFiles(join(shared.dir!, 'examples'))) {
    const gold = JSON.parse(readFileSync(gp, 'utf8')) as Gold;
    if (gold.story || !gold.events?.length) continue;
    const text = readFileSync(join(dirname(gp), gold.file), 'utf8');
    const doc = makeDoc(text, (gold.entities ?? []).map((e) => ({ name: e.name, type: e.type, aliases: e.aliases })));
    // Longest mention wins where gold names overlap ("Libyan Red Crescent" over "Libya").
    const all = doc.entities.flatMap((e) => e.mentions.map((m) => ({ e, m })));
    for (const e of doc.entities) e.mentions = e.mentions.filter((m) => !all.some((o) => o.e !== e && o.m.start <= m.start && o.m.end >= m.end && o.m.end - o.m.start > m.end - m.start));
    const byId = new Map<string, Entity>(doc.entities.map((e) => [e.id, e]));
    const events = extractEvents(doc);
    const names = (ev: (typeof events)[number]): string[] => Object.values(ev.args).flat().map((id) => byId.get(String(id))?.name).filter((n): n is string => !!n);
    for (const g of gold.events) {
      total++;
      const ok = events.some((ev) => ev.type === g.type && g.participants.every((p) => names(ev).some((n) => nameMatch(n, p)))
        && (!g.anyOf || g.anyOf.some((p) => names(ev).some((n) => nameMatch(n, p))))
        && (!g.places || g.places.every((p) => names(ev).some((n) => nameMatch(n, p)))));
      if (ok) hit++; else misses.push(`${gp.split('/').slice(-2).join('/')}: ${g.type} ${[...g.participants, ...(g.places ?? [])].join(', ')}`);
    }
  }
  console.log(`# events with gold entities: ${hit}/${total}${misses.length ? '; missed ' + misses.join('; ') : ''}`);
  assert.ok(total > 0);
  assert.ok(hit / total >= 0.85, `${hit}/${total}: ${misses.join('; ')}`);
});

test('examples: the whole pipeline’s events are well formed (schema, spans, resolvable ids)', { skip: shared.skip }, () => {
  for (const gp of goldFiles(join(shared.dir!, 'examples'))) {
    const gold = JSON.parse(readFileSync(gp, 'utf8')) as Gold;
    if (gold.story) continue;
    const a = analyze(readFileSync(join(dirname(gp), gold.file), 'utf8'), gold.publishedAt ? { publishedAt: gold.publishedAt } : {});
    assert.equal(schemaErrors(a), '', gp);
    assertSpansMatch(a);
    const ents = new Set(a.entities.map((e) => e.id));
    const claims = new Set(a.claims.map((c) => c.id));
    const evIds = new Set(a.events.map((e) => e.id));
    assert.equal(evIds.size, a.events.length, 'event ids are unique');
    for (const ev of a.events) {
      assert.ok(ev.rule, `${ev.id} has a rule`);
      for (const [role, ids] of Object.entries(ev.args)) {
        for (const id of ids) {
          if (role === 'time') assert.ok(typeof id === 'number' && id >= 0 && id < a.times.length, `${ev.id} time ${id}`);
          else assert.ok(ents.has(String(id)), `${ev.id} ${role} ${id} is an entity`);
        }
      }
      for (const c of ev.claims) assert.ok(claims.has(c), `${ev.id} claim ${c}`);
      const parent = (ev as { parent?: string }).parent;
      if (parent) assert.ok(evIds.has(parent), `${ev.id} parent ${parent}`);
    }
    for (const c of a.claims) for (const id of c.events) assert.ok(evIds.has(id), `claim ${c.id} event ${id}`);
  }
});
