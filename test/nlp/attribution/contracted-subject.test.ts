import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimIn } from '../certainty/helpers.js';
import { splitContractions } from '../../../src/nlp/attribution/engine.js';
import { tokenize } from '../../../src/nlp/claims/text.js';

// Sentences written for these tests (not taken from any corpus): a subject pronoun fused with its auxiliary
// ("He's said that …", "They've warned …") is the cue's subject, as "He has said …" is.
const INTRO = 'Senator Jim Smith spoke in Ohio on Monday. ';
const chain = (text: string, anchor: string): string[] => claimIn(text, anchor).attribution.map((l) => `${l.source}/${l.cue}`);

describe('a subject pronoun fused with its auxiliary is the speaker', () => {
  it('"He\'s said that C" reads as "He has said that C" (was no source at all)', () => {
    assert.deepEqual(chain(INTRO + "He's said that the bill will pass.", 'the bill will pass'), ['Jim Smith/said']);
    assert.deepEqual(chain(INTRO + "He’s argued that the tax code is unfair.", 'the tax code is unfair'), ['Jim Smith/argued']);
  });
  it('"He\'d warned", "They\'ve warned": the pronoun, not "He\'d" taken as an organisation\'s name', () => {
    const c = claimIn(INTRO + "He'd warned that the bridge could fall.", 'the bridge could fall');
    assert.deepEqual(c.attribution.map((l) => [l.source, l.kind]), [['Jim Smith', 'PERSON']]);
    const t = 'Union leaders met on Monday. They\'ve warned that the strike will continue.';
    const l = claimIn(t, 'the strike will continue').attribution;
    assert.equal(l.length, 1);
    assert.equal(t.slice(l[0]!.span!.start, l[0]!.span!.end), 'They');
  });
  it('a progressive and a stance after the fused "be": "He\'s insisting that", "They\'re confident"', () => {
    assert.deepEqual(chain(INTRO + "He's insisting that the bill will pass.", 'the bill will pass'), ['Jim Smith/insisting']);
    assert.equal(claimIn('Union leaders met on Monday. They’re confident the strike will continue.', 'the strike will continue').attribution.length, 1);
  });
  it('the same chain, certainty and status as the written-out auxiliary', () => {
    for (const [short, long] of [["He's said", 'He has said'], ["He'd warned", 'He had warned'], ["He's insisting", 'He is insisting']] as const) {
      const a = claimIn(`${INTRO}${short} that the bridge could fall.`, 'the bridge could fall');
      const b = claimIn(`${INTRO}${long} that the bridge could fall.`, 'the bridge could fall');
      assert.deepEqual(a.attribution.map((l) => l.source), b.attribution.map((l) => l.source), short);
      assert.equal(a.certainty, b.certainty, short);
      assert.equal(a.status, b.status, short);
    }
  });
});

describe('splitContractions', () => {
  const words = (s: string): string[] => splitContractions(tokenize(s, 0, s.length)).map((t) => `${t.t}=${t.l}`);
  it('cuts the auxiliary off a subject pronoun and reads it as the word it stands for', () => {
    assert.deepEqual(words("He's said"), ['He=he', "'s=has", 'said=said']);
    assert.deepEqual(words("he's expected to win"), ['he=he', "'s=is", 'expected=expected', 'to=to', 'win=win']);
    assert.deepEqual(words("She'd warned"), ['She=she', "'d=had", 'warned=warned']);
    assert.deepEqual(words("she'd go"), ['she=she', "'d=would", 'go=go']);
    assert.deepEqual(words('They’re here'), ['They=they', "’re=are", 'here=here']);
  });
  it('keeps offsets of the text', () => {
    const s = "Yes. We've agreed";
    for (const t of splitContractions(tokenize(s, 0, s.length))) assert.equal(s.slice(t.s, t.e), t.t);
  });
  it('leaves other words whole: "it\'s" (the unnamed passive reads it), "that\'s", a possessive, "won\'t"', () => {
    assert.deepEqual(words("it's understood"), ["it's=it's", 'understood=understood']);
    assert.deepEqual(words("That's Kim's"), ["That's=that's", "Kim's=kim's"]);
    assert.deepEqual(words("Shell's said"), ["Shell's=shell's", 'said=said']);
    const plain = tokenize('The minister said so.', 0, 21);
    assert.equal(splitContractions(plain), plain);
  });
  it('stays linear on 10,000 fused pronouns', () => {
    const s = "he's ".repeat(10000);
    const t0 = performance.now();
    assert.equal(splitContractions(tokenize(s, 0, s.length)).length, 20000);
    assert.ok(performance.now() - t0 < 2000);
  });
  it('a long sentence of them costs what the written-out auxiliaries cost', () => {
    // (CPU time, not wall time: the machine may be shared; the frame builder's own cost grows with frames times
    // sentence length, for "He has said that …" as much, so the bound is against the written-out form)
    const cpu = (f: string): number => {
      const t0 = process.cpuUsage();
      claimIn(INTRO + f.repeat(600) + 'it rained.', 'it rained');
      const u = process.cpuUsage(t0);
      return (u.user + u.system) / 1000;
    };
    cpu('He has said that ');
    const long = cpu('He has said that '), short = cpu("He's said that ");
    assert.ok(short < long * 3 + 500, `${short} ms against ${long} ms`);
  });
});
