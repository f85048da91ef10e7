// The FOLDER argument of a one-folder eval script (devset-one.ts, entity-errors.ts): no folder, or one that is not a
// folder, is a user's error, one line on stderr and exit code 2 (as src/core/errors.ts has it), not a stack trace.
import { existsSync, statSync } from 'node:fs';

/** The one-line usage error for `dir`, or null when it names an existing folder. `usage` is the script's usage line. */
export function folderArgError(usage: string, dir: string | undefined): string | null {
  if (!dir) return `${usage} (no folder given)`;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return `${usage} (no such folder: ${dir})`;
  return null;
}
