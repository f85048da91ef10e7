import assert from 'node:assert/strict';
import type { Analysis } from '../../src/core/types.js';

/** Every span in an analysis must be the exact slice of document.text it claims to be. */
export function assertSpansMatch(a: Analysis): void {
  const text = a.document.text;
  const check = (s: { start: number; end: number; text?: string }, what: string): void => {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: integer offsets`);
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `${what}: offsets ${s.start}-${s.end} inside text`);
    if (s.text !== undefined) assert.equal(text.slice(s.start, s.end), s.text, `${what}: text equals slice`);
  };
  let prevEnd = 0;
  for (const [i, s] of a.sentences.entries()) {
    check(s, `sentence ${i}`);
    assert.ok(s.start >= prevEnd, `sentence ${i} starts after the previous one ends`);
    assert.ok(s.end > s.start, `sentence ${i} not empty`);
    prevEnd = s.end;
  }
  for (const e of a.entities) for (const m of e.mentions) check(m, `entity ${e.name} mention`);
  a.times.forEach((t, i) => check(t, `time ${i}`));
  a.quantities.forEach((q, i) => check(q, `quantity ${i}`));
  for (const c of a.claims) {
    check(c, `claim ${c.id}`);
    for (const l of c.attribution) {
      if (l.span) check(l.span, `claim ${c.id} source span`);
      if (l.cueSpan) check(l.cueSpan, `claim ${c.id} cue span`);
    }
  }
  for (const ev of a.events) check(ev.trigger, `event ${ev.id} trigger`);
}
