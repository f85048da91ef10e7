import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setStatusModel, statusModel } from '../../../src/nlp/certainty/status-model.js';

// A NEWSGRAPH_STATUS_MODEL path that names no file is said on stderr (once), and the rules alone decide.
test('a missing status-model path is reported on stderr, not passed over silently; "off" says nothing', () => {
  const saved = process.env.NEWSGRAPH_STATUS_MODEL;
  const write = process.stderr.write.bind(process.stderr);
  const said: string[] = [];
  (process.stderr as { write: unknown }).write = (chunk: string) => { said.push(String(chunk)); return true; };
  try {
    process.env.NEWSGRAPH_STATUS_MODEL = '/nonexistent/status-model.json';
    setStatusModel(undefined);
    assert.equal(statusModel(), null);
    assert.equal(said.length, 1);
    assert.match(said[0]!, /NEWSGRAPH_STATUS_MODEL names no file \(\/nonexistent\/status-model\.json\)/);
    process.env.NEWSGRAPH_STATUS_MODEL = 'off';
    setStatusModel(undefined);
    assert.equal(statusModel(), null);
    assert.equal(said.length, 1);
  } finally {
    (process.stderr as { write: unknown }).write = write;
    if (saved === undefined) delete process.env.NEWSGRAPH_STATUS_MODEL; else process.env.NEWSGRAPH_STATUS_MODEL = saved;
    setStatusModel(undefined);
  }
});
