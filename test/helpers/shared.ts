import { sharedDir } from '../../src/core/shared.js';

/**
 * For tests that read ../shared: returns its path, or undefined after printing a visible notice, so
 * the caller can pass `{ skip }` to node:test. Never passes vacuously: the test is reported as skipped.
 */
export function needShared(what: string): { dir?: string; skip: string | false } {
  const dir = sharedDir();
  if (dir) return { dir, skip: false };
  const why = `../shared is absent: skipping ${what}`;
  console.log(`# NOTICE ${why}`);
  return { skip: why };
}
