// Entry point of an analysis worker thread: the Analyser (analyser.ts) behind the thread's message port.
import { parentPort } from 'node:worker_threads';
import { Analyser, type ToWorker } from './analyser.js';

if (parentPort) {
  const port = parentPort;
  const a = new Analyser((m) => port.postMessage(m));
  port.on('message', (m: ToWorker) => a.handle(m));
}
