// The events stage's 'source' role (the body a report places an agentless event with: "…, the ministry said") is no
// participant: story building and grouping skip it like 'time'. Hand-built analyses; reference date 2024-03-04.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fx } from '../store/fixtures.js';
import { buildStory, type StoryDoc } from '../../src/story/build.js';
import { terms } from '../../src/story/group.js';
import type { Analysis } from '../../src/core/types.js';

const sd = (a: Analysis): StoryDoc => ({ a, row: { id: a.document.id, outlet: a.document.outlet, title: a.document.title, publishedAt: a.document.publishedAt } });

const deaths = (outlet: string, text: string, args: Record<string, string[]>) => fx({ text, publishedAt: '2024-03-04', outlet,
  entities: [{ name: 'Pentagon', type: 'ORG' }, { name: 'Gaza', type: 'GPE' }],
  events: [{ type: 'DEATHS', trigger: 'died', args }] });

test('the source of an event is no participant of the story event', () => {
  const a = deaths('BBC', 'Four soldiers died in Gaza, the Pentagon said.', { source: ['e1'], location: ['e2'] });
  const s = buildStory('s', [sd(a)]);
  const ev = s.events.find((e) => e.type === 'DEATHS');
  assert.ok(ev);
  assert.ok(!ev.participants.includes('Pentagon'), JSON.stringify(ev.participants));
  // the same body as an agent still takes part (the role, not the entity, is skipped)
  const b = deaths('CNN', 'The Pentagon said four soldiers died in Gaza.', { agent: ['e1'], location: ['e2'] });
  const ev2 = buildStory('s', [sd(b)]).events.find((e) => e.type === 'DEATHS');
  assert.ok(ev2?.participants.includes('Pentagon'), JSON.stringify(ev2?.participants));
});

test('grouping: a ministry reporting unrelated deaths makes no P:DEATHS:<ministry> term', () => {
  const a = deaths('BBC', 'Four soldiers died in Gaza, the Pentagon said.', { source: ['e1'] });
  assert.ok(![...terms(a).keys()].some((k) => k.startsWith('P:DEATHS:')), JSON.stringify([...terms(a).keys()].filter((k) => k.startsWith('P:'))));
  const b = deaths('CNN', 'Four soldiers died in Gaza, the Pentagon said.', { patient: ['e1'] });
  assert.ok([...terms(b).keys()].some((k) => k.startsWith('P:DEATHS:')));
});
