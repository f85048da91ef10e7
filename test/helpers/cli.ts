import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../../src/core/shared.js';

export const BIN = join(projectRoot, 'bin', 'newsgraph');

export interface RunResult { code: number; stdout: string; stderr: string }

/** Runs the real CLI as a child process, as a user would. */
export function runCli(args: string[], input?: string | Buffer, env: Record<string, string> = {}): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
