// Validator for devset-zi gold files. Usage: node validate.mjs (the checks live in ../tools/validate-devset.mjs)
import { fileURLToPath } from 'node:url';
import { validateDevset } from '../tools/validate-devset.mjs';

process.exitCode = validateDevset(fileURLToPath(new URL('.', import.meta.url)));
