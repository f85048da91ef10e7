// Time bounds for pathological-input tests ("a 1 MB line finishes in under a second").
//
// Wall time counts the neighbours on a loaded machine; the process's CPU time counts V8's parallel GC and
// compiler threads, which can exceed wall time on a quiet one. The main thread's own CPU time is at most
// either, so the smaller of the two is an upper bound on the work the call did that neither kind of noise
// inflates alone: a call that is really slow is slow by both measures and still fails the bound.

import v8 from 'node:v8';
import vm from 'node:vm';

export interface Bounded<T> { result: T; ms: number; wall: number; cpu: number }

export function bounded<T>(fn: () => T): Bounded<T> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const result = fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  const cpu = (c.user + c.system) / 1000;
  return { result, ms: Math.min(wall, cpu), wall, cpu };
}

/**
 * The faster of `runs` calls: the first call of a cold stage also pays for compiling its regexes and
 * functions, a one-time cost; a super-linear algorithm is slow on every call and still fails.
 */
export function bestOf<T>(runs: number, fn: () => T): Bounded<T> {
  let best = bounded(fn);
  for (let i = 1; i < runs; i++) { const b = bounded(fn); if (b.ms < best.ms) best = b; }
  return best;
}

/** "took 812 ms (CPU 1037 ms, wall 812 ms)" for an assertion message. */
export function describeBound(b: Bounded<unknown>): string {
  return `took ${b.ms.toFixed(0)} ms (CPU ${b.cpu.toFixed(0)} ms, wall ${b.wall.toFixed(0)} ms)`;
}

/**
 * A full collection now, so garbage left by an earlier call is not collected (and timed) inside the next one: two
 * timings compared as a ratio then differ by the work of the calls. (gc is exposed for this process only.)
 */
export function collectGarbage(): void {
  if (!gcFn) { v8.setFlagsFromString('--expose-gc'); gcFn = vm.runInNewContext('gc') as () => void; }
  gcFn();
}
let gcFn: (() => void) | undefined;
