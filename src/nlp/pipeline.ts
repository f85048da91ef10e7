import { StageError } from '../core/errors.js';
import type { NlpDoc, Stage } from './doc.js';
import { segmentStage } from './segment/index.js';
import { entitiesStage } from './entities/index.js';
import { timeStage } from './time/index.js';
import { quantityStage } from './quantity/index.js';
import { attributionStage } from './attribution/index.js';
import { certaintyStage } from './certainty/index.js';
import { eventsStage } from './events/index.js';
import { checksStage } from './checks/index.js';

/** The pipeline is simply an ordered list of stages; each reads what earlier ones wrote. */
export const STAGES: readonly Stage[] = [
  segmentStage,
  entitiesStage,
  timeStage,
  quantityStage,
  attributionStage,
  certaintyStage,
  eventsStage,
  checksStage,
];

/** Per-stage wall time in ms, summed over calls; read by the benchmark. */
export const stageTimes: Record<string, number> = Object.fromEntries(STAGES.map((s) => [s.name, 0]));
/** Per-stage CPU time (user + system, whole process) in ms: steadier than wall time on a loaded machine. */
export const stageCpu: Record<string, number> = Object.fromEntries(STAGES.map((s) => [s.name, 0]));
let timing = false;
export function enableStageTiming(on = true): void { timing = on; }

export function runPipeline(doc: NlpDoc, stages: readonly Stage[] = STAGES): NlpDoc {
  if (timing) return runTimed(doc, stages);
  for (const stage of stages) {
    try {
      stage.run(doc);
    } catch (e) {
      throw new StageError(stage.name, e);
    }
  }
  return doc;
}

/** runPipeline with per-stage timing: one clock and one CPU reading per stage boundary (each stage ends where the next begins). */
function runTimed(doc: NlpDoc, stages: readonly Stage[]): NlpDoc {
  let t0 = performance.now();
  let c0 = process.cpuUsage();
  for (const stage of stages) {
    try {
      stage.run(doc);
    } catch (e) {
      throw new StageError(stage.name, e);
    }
    const t1 = performance.now();
    const c1 = process.cpuUsage();
    stageTimes[stage.name] = (stageTimes[stage.name] ?? 0) + t1 - t0;
    stageCpu[stage.name] = (stageCpu[stage.name] ?? 0) + (c1.user - c0.user + c1.system - c0.system) / 1000;
    t0 = t1; c0 = c1;
  }
  return doc;
}
