// A trailing -ing clause after a comma (trailing-ing.ts) takes the opening subject of its sentence, not the nearest name
// to its left. Sentences written for these tests; entities hand-built.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, type EntSpec } from './helpers.js';

const P = (name: string): EntSpec => ({ name, type: 'PERSON' });
const O = (name: string): EntSpec => ({ name, type: 'ORG' });
const G = (name: string): EntSpec => ({ name, type: 'GPE' });
const agentOf = (text: string, ents: EntSpec[], type: string): string[] => {
  const { doc, evs } = eventsOf(text, ents);
  const name = (id: string) => doc.entities.find((e) => e.id === id)?.name;
  const ev = evs.find((e) => e.type === type);
  assert.ok(ev, `${type} in ${text}: ${JSON.stringify(evs.map((e) => [e.type, e.rule]))}`);
  return [(ev!.args.agent ?? [])].flat().map((id) => name(String(id))!).sort();
};
const namesOf = (text: string, ents: EntSpec[], type: string): string[] => {
  const { doc, evs } = eventsOf(text, ents);
  const ev = evs.find((e) => e.type === type)!;
  return Object.values(ev.args).flat().map((id) => doc.entities.find((e) => e.id === id)?.name).filter((n): n is string => !!n).sort();
};

test('a trailing -ing clause takes the sentence\'s opening subject, not the main verb\'s object', () => {
  assert.deepEqual(agentOf('Hamas attacked southern Israel on October 7, killing 1,200 people.', [O('Hamas'), G('Israel')], 'DEATHS'), ['Hamas']);
  assert.deepEqual(agentOf('Jane Roe met John Doe in Paris, praising the partnership.', [P('Jane Roe'), P('John Doe'), G('Paris')], 'PRAISE'), ['Jane Roe']);
  // past a fronted phrase and a title
  assert.deepEqual(agentOf('On Friday, President Jane Roe met John Doe in Paris, praising the partnership.', [P('Jane Roe'), P('John Doe'), G('Paris')], 'PRAISE'), ['Jane Roe']);
});

test('the name it displaces becomes the -ing verb\'s patient when it has none', () => {
  const n = namesOf('The Supreme Court annulled the re-election of President John Doe, ruling that the vote was flawed.', [O('Supreme Court'), P('John Doe')], 'RULING');
  assert.deepEqual(n, ['John Doe', 'Supreme Court']);
});

test('no change: an embedded clause, a passive main clause, a subordinate clause, a possessor, no comma', () => {
  // the -ing clause belongs to the reported clause: the killing is the invader's
  assert.deepEqual(agentOf('Jane Roe said John Doe attacked Paris, killing thousands.', [P('Jane Roe'), P('John Doe'), G('Paris')], 'DEATHS'), ['John Doe']);
  assert.deepEqual(agentOf('Jane Roe warned that Acme would attack Paris, killing thousands.', [P('Jane Roe'), O('Acme'), G('Paris')], 'DEATHS'), ['Acme']);
  const untouched = (text: string, ents: EntSpec[]) => {
    const { evs } = eventsOf(text, ents);
    assert.ok(!evs.some((e) => /trailing-participle/.test(e.rule ?? '')), text);
  };
  // a passive main clause's subject undergoes it
  untouched('John Doe was attacked by Acme in Paris, killing two guards.', [P('John Doe'), O('Acme'), G('Paris')]);
  // the opening name is a possessor: its holder is the subject
  untouched("Acme's army attacked Paris on Monday, killing John Doe.", [O('Acme'), G('Paris'), P('John Doe')]);
  // a relative clause between the subject and the comma
  untouched('Jane Roe, who met John Doe in Paris, left, praising the talks.', [P('Jane Roe'), P('John Doe'), G('Paris')]);
  // no comma before it: "killing" is no trailing clause
  untouched('Jane Roe condemned the killing of John Doe.', [P('Jane Roe'), P('John Doe')]);
});

test('after a main verb of seeing, finding or catching the -ing clause depicts the object, whose agent stays', () => {
  // review finding 6's counter-example
  assert.deepEqual(agentOf('Ukraine caught Russian General Ivan Petrov in Kursk, retreating with his troops.', [G('Ukraine'), P('Ivan Petrov'), G('Kursk')], 'WITHDRAW'), ['Ivan Petrov']);
  assert.deepEqual(agentOf('Freedonia spotted General John Doe near Sylvania, retreating with his troops.', [G('Freedonia'), P('John Doe'), G('Sylvania')], 'WITHDRAW'), ['John Doe']);
  // negative: any other main verb still hands the clause to the subject
  assert.deepEqual(agentOf('Hamas attacked southern Israel on October 7, killing 1,200 people.', [O('Hamas'), G('Israel')], 'DEATHS'), ['Hamas']);
});
