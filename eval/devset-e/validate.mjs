// Validator for devset-e gold files. Usage: node validate.mjs (the checks live in ../tools/validate-devset.mjs).
// devset-e's gold lists unscored types (NORP, VEHICLE, EVENT, OTHER) under `entities` too, so they are allowed here.
import { fileURLToPath } from 'node:url';
import { validateDevset, SCORED_ENTITY_TYPES } from '../tools/validate-devset.mjs';

process.exitCode = validateDevset(fileURLToPath(new URL('.', import.meta.url)), {
  entityTypes: [...SCORED_ENTITY_TYPES, 'NORP', 'VEHICLE', 'EVENT', 'OTHER'],
});
