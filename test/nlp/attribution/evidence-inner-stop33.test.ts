import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimIn } from '../certainty/helpers.js';
import { runCli } from '../../helpers/cli.js';

// Sentences written for these tests (not taken from any corpus): what evidence "showed", "suggests" or "revealed"
// inside a named speaker's report is part of that report, one link; evidence on its own, and a speaker inside a
// report, keep their links.
const chain = (text: string, anchor: string): string[] => claimIn(text, anchor).attribution.map((l) => l.source);

describe('evidence bearing out a claim inside a report is no source of its own', () => {
  it('"X said the data showed that C" → [X]', () => {
    const got = chain('The health minister said on Monday that the data showed that infections were falling in the north.', 'infections were falling');
    assert.deepEqual(got, ['The health minister']);
  });
  it('"X says the study suggests C" and "revealed" → [X]', () => {
    assert.deepEqual(chain('Professor Anna Berg says the study suggests that the vaccine protects children.', 'the vaccine protects children'), ['Professor Anna Berg']);
    assert.deepEqual(chain('The opposition leader said the leaked documents revealed that the contract was never tendered.', 'the contract was never tendered'), ['The opposition leader']);
  });
  it('negative: a speaker inside a report keeps its own link', () => {
    const got = chain('The newspaper reported that the police chief said the suspect had fled abroad.', 'the suspect had fled abroad');
    assert.equal(got.length, 2, JSON.stringify(got));
  });
  it('negative: evidence outside any report keeps its link', () => {
    assert.deepEqual(chain('A survey by the central bank showed that consumer confidence fell in March.', 'consumer confidence fell'), ['A survey by the central bank']);
  });
  it('negative: people who "found" something inside a report keep their link', () => {
    const got = chain('The ministry said investigators found that the pilot had ignored warnings.', 'the pilot had ignored');
    assert.deepEqual(got, ['The ministry', 'investigators']);
  });
});

describe('e2e: bin/newsgraph analyze', () => {
  it('the evidence inside a report gives one link, a speaker inside a report two', () => {
    const text = 'The health minister said on Monday that the data showed that infections were falling. '
      + 'The newspaper reported that the police chief said the suspect had fled abroad.';
    const r = runCli(['analyze', '-', '--json', '--published', '2024-03-04'], text);
    assert.equal(r.code, 0, r.stderr);
    const a = JSON.parse(r.stdout) as { claims: Array<{ text: string; attribution: Array<{ source: string }> }> };
    const of = (w: string) => a.claims.filter((c) => c.text.includes(w)).sort((x, y) => x.text.length - y.text.length)[0]!;
    assert.deepEqual(of('infections were falling').attribution.map((l) => l.source), ['The health minister']);
    assert.equal(of('the suspect had fled').attribution.length, 2);
  });
});
