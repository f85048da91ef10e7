import type { Stage } from '../doc.js';

/** Not built yet: writes nothing, so its layer stays empty. */
export const certaintyStage: Stage = {
  name: 'certainty',
  reads: ['sentences', 'tokens', 'claims', 'times'],
  writes: ['claims'],
  run() {},
};
