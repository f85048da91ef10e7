// Benchmark child: loads the compiled knowledge-base index once, in a fresh process, and prints its load
// time and the memory it adds (JS heap plus buffers) as one JSON line (the budget: < 300 ms, < 150 MB).
import { loadKbFile } from '../src/kb/load.js';

const used = () => { const m = process.memoryUsage(); return m.heapUsed + m.external; }; // the index text lives outside the JS heap
const heap0 = used();
const t0 = performance.now();
const kb = loadKbFile();
const ms = performance.now() - t0;
globalThis.gc?.();
const heapMb = (used() - heap0) / 1048576;
process.stdout.write(JSON.stringify({ ms, heapMb, entries: kb.size }) + '\n');
