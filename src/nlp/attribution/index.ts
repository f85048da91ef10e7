import type { Stage } from '../doc.js';

/** Not built yet: writes nothing, so its layer stays empty. */
export const attributionStage: Stage = {
  name: 'attribution',
  reads: ['sentences', 'tokens', 'entities'],
  writes: ['claims'],
  run() {},
};
