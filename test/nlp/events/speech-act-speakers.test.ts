// Speech acts that take the speaker of the statement they are said in: on the cue itself ("vowing to fight on") or in a
// participle clause after it ("said, criticizing the court"); a commitment keeps the agent it has. Sentences written
// for these tests; hand-built entities and claims.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AttributionLink } from '../../../src/core/types.js';
import { extractEvents } from '../../../src/nlp/events/index.js';
import { eventsOf, argNames, makeDoc, type EntSpec } from './helpers.js';

const country = (name: string): EntSpec => ({ name, type: 'GPE', kind: 'COUNTRY' });
const person = (name: string): EntSpec => ({ name, type: 'PERSON' });

/** A claim over `content` whose source is entity e1, cued by `cue`. */
function quoted(text: string, content: string, cue: string, source: string): Array<{ anchor: string; attribution: AttributionLink[] }> {
  const at = text.indexOf(cue);
  return [{ anchor: content, attribution: [{ source, kind: 'OFFICIAL', cue, entity: 'e1', cueSpan: { start: at, end: at + cue.length } }] }];
}

test('a speech act on a statement\'s cue, or in a participle clause after it, has the statement\'s speaker as agent', () => {
  // the cue is the speech act: the reported clause's subject is not its agent
  const t = 'Zelensky said Ukraine would never surrender, vowing to fight on.';
  const d = makeDoc(t, [person('Zelensky'), country('Ukraine')], { claims: quoted(t, 'Ukraine would never surrender', 'vowing', 'Zelensky') });
  const p = extractEvents(d).find((e) => e.type === 'PROMISE');
  assert.ok(p);
  assert.deepEqual(argNames(d, p!).agent, ['Zelensky']);
  // a participle clause after the statement
  const u = '"This is a disgrace," Warren said, criticizing the court.';
  const w = makeDoc(u, [person('Warren')], { claims: quoted(u, 'This is a disgrace', 'said', 'Warren') });
  const c = extractEvents(w).find((e) => e.type === 'CRITICIZE');
  assert.ok(c);
  assert.deepEqual(argNames(w, c!).agent, ['Warren']);
  // negative: a commitment keeps the agent it has ("Japan pledged aid, the ministry said" names the ministry as source)
  const v = 'Japan pledged aid to Ukraine, Smith said.';
  const j = makeDoc(v, [person('Smith'), country('Japan'), country('Ukraine')], { claims: quoted(v, 'Japan pledged aid to Ukraine', 'said', 'Smith') });
  const aid = extractEvents(j).find((e) => e.type === 'PROVIDE_AID');
  assert.ok(aid);
  assert.deepEqual(argNames(j, aid!).agent, ['Japan']);
  // negative: an -ing clause after a non-statement verb takes no speaker
  // (a speaker named in the sentence, so that a speaker wrongly taken would show)
  const x = eventsOf('Smith said the ministry banned the rally, criticizing the organisers.', [person('Smith')]);
  const c2 = x.evs.find((e) => e.type === 'CRITICIZE');
  assert.ok(c2);
  assert.ok(!(argNames(x.doc, c2!).agent ?? []).includes('Smith'), JSON.stringify(argNames(x.doc, c2!)));
});
