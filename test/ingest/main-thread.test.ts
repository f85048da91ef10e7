// The ingest main thread only reads sources and writes the store; the analysis pipeline (and the DOM that HTML
// extraction needs) loads in the worker threads. Importing it on the main thread too cost about half a second
// of start-up before the first worker was even spawned.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot } from '../../src/core/shared.js';

/** Source files reached from `entry` through static value imports (type-only imports and import() skipped). */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/^\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s+'(\.[^']+)'/gm)) {
      if (m[2] || /^\{?\s*type\s/.test(m[3]!) && !/,\s*(?!type\s)\w/.test(m[3]!)) continue;
      todo.push(resolve(dirname(file), m[4]!.replace(/\.js$/, '.ts')));
    }
    for (const m of src.matchAll(/^\s*import\s+'(\.[^']+)'/gm)) todo.push(resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts')));
  }
  return new Set([...seen].map((f) => relative(projectRoot, f)));
}

describe('ingest main thread', () => {
  const graph = staticGraph(join(projectRoot, 'src', 'ingest', 'run.ts'));

  it('does not import the analysis pipeline or the HTML extractor', () => {
    assert.ok(graph.has(join('src', 'ingest', 'pool.ts')) && graph.has(join('src', 'ingest', 'feed.ts')), 'the walk follows imports');
    for (const f of [join('src', 'analyze.ts'), join('src', 'nlp', 'pipeline.ts'), join('src', 'ingest', 'html.ts'), join('src', 'ingest', 'analyser.ts')]) {
      assert.ok(!graph.has(f), `${f} is reachable from src/ingest/run.ts`);
    }
  });

  it('the worker entry does load the pipeline (the walk would see it)', () => {
    const w = staticGraph(join(projectRoot, 'src', 'ingest', 'worker.ts'));
    assert.ok(w.has(join('src', 'analyze.ts')) && w.has(join('src', 'nlp', 'pipeline.ts')));
  });
});
