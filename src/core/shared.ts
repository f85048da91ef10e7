import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, whether running from src (tsx) or dist. */
export const projectRoot: string = (() => {
  let d = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(d, 'package.json'))) return d;
    d = dirname(d);
  }
  throw new Error('newsgraph: cannot find the project root');
})();

/** ../shared beside the checkout (examples, corpora, spec), or NEWSGRAPH_SHARED; undefined when absent. */
export function sharedDir(): string | undefined {
  const env = process.env.NEWSGRAPH_SHARED;
  const cand = env ? resolve(env) : resolve(projectRoot, '..', 'shared');
  return existsSync(cand) ? cand : undefined;
}
