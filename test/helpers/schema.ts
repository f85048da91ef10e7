import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { projectRoot } from '../../src/core/shared.js';

// A copy of ../shared/spec/analysis-v1.schema.json: the output contract, kept in the project's tests.
const schema = JSON.parse(readFileSync(join(projectRoot, 'test', 'fixtures', 'analysis-v1.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
export const validateAnalysis = ajv.compile(schema);

export function schemaErrors(data: unknown): string {
  return validateAnalysis(data) ? '' : ajv.errorsText(validateAnalysis.errors, { separator: '\n' });
}
