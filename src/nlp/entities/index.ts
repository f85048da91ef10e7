import type { Stage } from '../doc.js';

/** Not built yet: writes nothing, so its layer stays empty. */
export const entitiesStage: Stage = {
  name: 'entities',
  reads: ['sentences', 'tokens'],
  writes: ['entities'],
  run() {},
};
