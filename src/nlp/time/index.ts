import type { Stage } from '../doc.js';

/** Not built yet: writes nothing, so its layer stays empty. */
export const timeStage: Stage = {
  name: 'time',
  reads: ['sentences', 'tokens'],
  writes: ['times'],
  run() {},
};
