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
  for (const stage of stages) {
    const t0 = timing ? performance.now() : 0;
    const c0 = timing ? process.cpuUsage() : undefined;
    try {
      stage.run(doc);
    } catch (e) {
      throw new StageError(stage.name, e);
    }
    if (timing) {
      stageTimes[stage.name] = (stageTimes[stage.name] ?? 0) + performance.now() - t0;
      const c = process.cpuUsage(c0);
      stageCpu[stage.name] = (stageCpu[stage.name] ?? 0) + (c.user + c.system) / 1000;
    }
  }
  return doc;
}
