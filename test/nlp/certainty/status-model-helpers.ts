// Shared by the status-model tests: one sentence through the whole pipeline with the model's capture hook, and the
// statuses bin/newsgraph prints for a text under a NEWSGRAPH_STATUS_MODEL setting. Publication pinned: Wednesday
// 6 March 2024.
import assert from 'node:assert/strict';
import type { Status } from '../../../src/core/types.js';
import { newDoc } from '../../../src/nlp/doc.js';
import { runPipeline } from '../../../src/nlp/pipeline.js';
import { loadStatusModel, setStatusCapture, setStatusModel } from '../../../src/nlp/certainty/status-model.js';
import { runCli } from '../../helpers/cli.js';
import { claimAt } from '../claims/helpers.js';

export const PUB = '2024-03-06';

/** The claim holding `anchor` as the pipeline left it, and what the model's capture hook saw of it (the features,
 * the rules' answer, whether a verb form decided it), if anything. */
export function captured(text: string, anchor: string): { status: Status; capture?: { feats: string[]; rule: Status; verb: boolean } } {
  const seen = new Map<object, { feats: string[]; rule: Status; verb: boolean }>();
  setStatusCapture((c, feats, rule, fromVerb) => seen.set(c, { feats, rule, verb: fromVerb }));
  try {
    const doc = runPipeline(newDoc({ id: 'status-model-test', text, language: 'en', publishedAt: PUB }));
    const c = claimAt(text, doc.claims, anchor);
    assert.ok(c, `no claim holds "${anchor}"`);
    return { status: c.status, capture: seen.get(c) };
  } finally { setStatusCapture(undefined); }
}

/** The status of the claim holding `anchor` with the committed model on or off. */
export function statusWith(model: 'on' | 'off', text: string, anchor: string): Status {
  setStatusModel(model === 'off' ? null : loadStatusModel());
  try {
    const doc = runPipeline(newDoc({ id: 'status-model-test', text, language: 'en', publishedAt: PUB }));
    return claimAt(text, doc.claims, anchor)!.status;
  } finally { setStatusModel(undefined); }
}

/** The statuses `bin/newsgraph analyze --json` gives the smallest claims holding each of `anchors`, under `env`. */
export function cliStatuses(text: string, anchors: string[], env: Record<string, string>): Array<string | undefined> {
  const r = runCli(['analyze', '-', '--json', '--published', PUB], text, env);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { document: { text: string }; claims: Array<{ start: number; end: number; status: string }> };
  const at = (a: string) => { const i = out.document.text.indexOf(a); return out.claims.filter((c) => c.start <= i && c.end >= i + a.length).sort((x, y) => (x.end - x.start) - (y.end - y.start))[0]?.status; };
  return anchors.map(at);
}
