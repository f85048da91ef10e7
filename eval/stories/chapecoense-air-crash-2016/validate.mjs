#!/usr/bin/env node
// Validates the chapecoense-air-crash-2016 gold files. Usage: node validate.mjs   (exit 0 when clean; the checks live in ../../tools/validate-story.mjs)
import { fileURLToPath } from 'node:url';
import { validateStory } from '../../tools/validate-story.mjs';

process.exitCode = validateStory(fileURLToPath(new URL('.', import.meta.url)));
