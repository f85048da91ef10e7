import type { Stage } from '../doc.js';

/** Not built yet: writes nothing, so its layer stays empty. */
export const eventsStage: Stage = {
  name: 'events',
  reads: ['sentences', 'tokens', 'entities', 'times', 'claims'],
  writes: ['events', 'claims'],
  run() {},
};
