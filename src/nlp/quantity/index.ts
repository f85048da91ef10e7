import type { Stage } from '../doc.js';

/** Not built yet: writes nothing, so its layer stays empty. */
export const quantityStage: Stage = {
  name: 'quantity',
  reads: ['sentences', 'tokens', 'times'],
  writes: ['quantities'],
  run() {},
};
