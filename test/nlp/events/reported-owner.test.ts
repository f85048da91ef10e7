// A body reporting about itself: a figure of its accounts or "the company" in the words a named organisation reports is
// the organisation's ("The chipmaker said revenue rose", "Tesla said quarterly profit fell", "The company laid off
// 12,000 workers, Google said"). Sentences written for these tests; hand-built entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, argNames, type EntSpec } from './helpers.js';

const org = (name: string): EntSpec => ({ name, type: 'ORG' });
const person = (name: string): EntSpec => ({ name, type: 'PERSON' });
const agentsOf = (text: string, ents: EntSpec[], type: string): string[] => {
  const t = eventsOf(text, ents);
  const evs = t.evs.filter((e) => e.type === type);
  assert.ok(evs.length, `${type} expected: ${text} -> ${t.evs.map((e) => e.type).join(',')}`);
  return evs.flatMap((e) => argNames(t.doc, e).agent ?? []);
};

test('a figure of accounts or "the company" in an organisation\'s reported words is the organisation\'s', () => {
  assert.ok(agentsOf('Tesla said quarterly profit fell 44%.', [org('Tesla')], 'EARNINGS').includes('Tesla'));
  assert.ok(agentsOf('Nvidia said on Wednesday that revenue rose 200%.', [org('Nvidia')], 'EARNINGS').includes('Nvidia'));
  assert.ok(agentsOf('The company laid off 12,000 workers, Google said.', [org('Google')], 'LAYOFF').includes('Google'));
});

test('negative: a person speaking, a figure with an owner of its own and a named subject take no reporting body', () => {
  assert.ok(!agentsOf('Jane Fraser said revenue rose 20%.', [person('Jane Fraser')], 'EARNINGS').includes('Jane Fraser'));
  const t = eventsOf("Goldman Sachs said Apple's revenue rose 5%.", [org('Goldman Sachs'), org('Apple')]);
  for (const ev of t.evs.filter((e) => e.type === 'EARNINGS')) assert.ok(!(argNames(t.doc, ev).agent ?? []).includes('Goldman Sachs'), JSON.stringify(argNames(t.doc, ev)));
  const u = eventsOf('Moody\'s said Boeing laid off 2,000 workers.', [org("Moody's"), org('Boeing')]);
  for (const ev of u.evs.filter((e) => e.type === 'LAYOFF')) assert.ok(!(argNames(u.doc, ev).agent ?? []).includes("Moody's"), JSON.stringify(argNames(u.doc, ev)));
});
