import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../../helpers/cli.js';
import { checksOf } from './pipeline.js';

// COUNT: one side of a vote tally told by the members who cast it ("6-3, with three justices dissenting"). Sentences
// written for these tests, through the real stages, publication date pinned.
function sides(text: string): Array<{ status: string; detail: string }> {
  const anchor = '2024-06-01';
  return checksOf(text, anchor)
    .filter((c) => (c as { rule?: string }).rule === 'checks:count:tally-side').map((c) => ({ status: c.status, detail: c.detail }));
}
const statuses = (t: string) => sides(t).map((c) => c.status);

test('the side against or for, counted in members, equals its figure: CONSISTENT with the sum voting', () => {
  const c = sides("The vote was 6-3 in the first case, with the court's three liberal justices dissenting.");
  assert.deepEqual(c.map((x) => x.status), ['CONSISTENT']);
  assert.match(c[0]!.detail, /6 \+ 3 = 9 voting/);
  assert.deepEqual(statuses('The board voted 7-2 to approve the plan, with two members voting against.'), ['CONSISTENT']);
  assert.deepEqual(statuses('The council approved the budget 9-4, with nine councillors voting in favour.'), ['CONSISTENT']);
});

test('a side that does not match its figure: INCONSISTENT', () => {
  const c = sides('The bill passed 52-47, with 48 senators voting against.');
  assert.deepEqual(c.map((x) => x.status), ['INCONSISTENT']);
  assert.match(c[0]!.detail, /48 ≠ the side against of the tally 52-47/);
});

test('no check without a vote, or without a side told in members', () => {
  // a score, no vote cue
  assert.deepEqual(statuses('Chelsea won 3-1, with two players dissenting from the tactics.'), []);
  // members that are no side of the tally
  assert.deepEqual(statuses('The vote was 6-3, and two justices wrote separate opinions.'), []);
  // a side in another sentence is not read
  assert.deepEqual(statuses('The vote was 6-3. Later, four justices dissenting in another case spoke out.'), []);
});

test('e2e: bin/newsgraph reports the tally side', () => {
  const text = "The Supreme Court ruled 6-3 on Thursday, with the court's three liberal justices dissenting.\n";
  const r = runCli(['analyze', '-', '--json', '--published', '2024-06-01'], text);
  assert.equal(r.code, 0, r.stderr);
  const checks = (JSON.parse(r.stdout) as { checks: Array<{ kind: string; status: string; detail: string }> }).checks;
  assert.ok(checks.some((x) => x.kind === 'COUNT' && x.status === 'CONSISTENT' && /side against/.test(x.detail)), JSON.stringify(checks));
});
