// The gold files under a folder in the shared scorer's walk order (directories and files sorted, names ending in
// gold.json): the batch replay, the outputs digest and the example tests all read reports in this one order.
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function goldFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (p: string): void => {
    if (statSync(p).isDirectory()) for (const f of readdirSync(p).sort()) walk(join(p, f));
    else if (p.endsWith('gold.json')) out.push(p);
  };
  walk(resolve(dir));
  return out;
}
