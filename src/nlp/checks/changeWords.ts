import { join } from 'node:path';
import { projectRoot } from '../../core/shared.js';
import { readDataRows } from '../../core/data-rows.js';
import { APPROX_SRC } from './approx.js';
import { alt } from './lexicon.js';

// The verbs of change before a figure, from data/lexicon/checks-change-verbs.txt, shared by the checks that must not read
// a change as a share, a part or a rest (breakdowns, loose shares, rests, share sums).

export const CHANGE_VERBS: readonly string[] = readDataRows(join(projectRoot, 'data', 'lexicon', 'checks-change-verbs.txt')).map((r) => r[0]!.toLowerCase());

/**
 * Right before a figure: a change ("rose 5%", "fell by about 3,000", "up 5%", "by 40%", "of up to 20%"), not "made up
 * 40%" (a share).
 */
export const CHANGE_BEFORE_RE = new RegExp(
  String.raw`\b(?:${alt(CHANGE_VERBS)}|(?<!\bmak(?:e|es|ing)\s|\bmade\s)up|down|by|of\s+up\s+to)\s+(?:by\s+)?(?:(?:${APPROX_SRC})\s+)?$`, 'i');

/** Right before a figure: an earlier value of the figure before it ("45%, up from 30%", "compared with 38%"). */
export const PREVIOUS_BEFORE_RE = new RegExp(
  String.raw`\b(?:${alt(readDataRows(join(projectRoot, 'data', 'lexicon', 'checks-previous-value-cues.txt')).map((r) => r[0]!))})\s+(?:(?:${APPROX_SRC})\s+)?$`, 'i');
