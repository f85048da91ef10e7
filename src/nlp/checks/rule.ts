import type { Check } from '../../core/types.js';

/** A check with its provenance (`rule` is an extra field, as on every annotation we emit). */
export type RuledCheck = Check & { rule: string };

export function ruled(check: Check, rule: string): RuledCheck {
  return Object.assign(check, { rule: `checks:${rule}` });
}
