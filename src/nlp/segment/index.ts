import type { Stage } from '../doc.js';

/** Not built yet: writes nothing, so its layer stays empty. */
export const segmentStage: Stage = {
  name: 'segment',
  reads: [],
  writes: ['sentences', 'tokens'],
  run() {},
};
