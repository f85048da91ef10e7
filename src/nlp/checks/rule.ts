import type { Check } from '../../core/types.js';

/** A check with its provenance (`rule` is an extra field, as on every annotation we emit). */
export type RuledCheck = Check & { rule: string };

export function ruled(check: Check, rule: string): RuledCheck {
  return Object.assign(check, { rule: `checks:${rule}` });
}

/**
 * References of a check: a plain number is an index into `quantities`; other layers are named —
 * `{ time: 3 }` (index into `times`), `{ entity: "e7" }` — and a figure read from the text but not in
 * any layer is given by its span `{ start, end, text }`.
 */
export type CheckRef = number | { time: number } | { entity: string } | { start: number; end: number; text: string };
