import type { Stage } from '../doc.js';

/** Not built yet: writes nothing, so its layer stays empty. */
export const checksStage: Stage = {
  name: 'checks',
  reads: ['quantities', 'times', 'events', 'entities'],
  writes: ['checks'],
  run() {},
};
