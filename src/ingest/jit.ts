// JIT tuning for long batch runs (ingest workers, `analyze` over JSONL, the bench).
//
// Measured with per-thread CPU time (/proc/self/task/*/stat) on 600 te3-silver documents: with V8's default
// interrupt budget the optimising compiler (TurboFan, on background threads) burns more CPU than the analysis
// itself — about 1.4 s per 100 documents, steadily, because the pipeline's many large functions are optimised
// early on thin type feedback, deoptimised when a later document takes a new path, and recompiled (≈50
// compilations of functions up to several hundred ms each per 100 documents). On two cores with two analysis
// workers that background work takes the second core. A larger budget lets a function run longer in the
// baseline tiers before it is optimised, so it is optimised once, on representative feedback: the compiler's
// CPU falls by three quarters and the analysis thread's own CPU is unchanged. Outputs are unaffected (the
// flag changes when code is optimised, never what it computes: `node dist/bench/digest.js` is the check).
//
// Regular expressions: by default V8 compiles a regex to interpreter bytecode on its first execution and, at that
// same execution (tier-up after one tick), to native code as well, so every pattern is compiled twice. The pipeline
// holds hundreds of long alternations (number words, units, cue lists) run over every sentence; without tier-up each
// is compiled once, straight to native code (checked with %RegexpHasBytecode: none is built). On a 200-report batch
// the first pass's CPU fell about 5% (checks and time stages most); what a regex matches does not change.

import { setFlagsFromString } from 'node:v8';

/** V8's `--interrupt-budget` for batch runs (V8 11's default is 67,584). */
export const BATCH_INTERRUPT_BUDGET = 400_000;
/** The V8 flags a batch run sets. */
export const BATCH_V8_FLAGS: readonly string[] = [`--interrupt-budget=${BATCH_INTERRUPT_BUDGET}`, '--no-regexp-tier-up'];

let tuned = false;

/**
 * Sets the batch JIT budget for this process and every worker thread started after the call (V8 flags are
 * process-wide). Call it at the start of a batch command, before the pipeline has run. Idempotent.
 */
export function tuneJitForBatch(): void {
  if (tuned) return;
  tuned = true;
  for (const f of BATCH_V8_FLAGS) setFlagsFromString(f);
}
