// Canonical office names, so that "Minister of Foreign Affairs", "Secretary of State" (US) and "foreign minister"
// meet in Kb.holders(). Used by the KB build (to tag officeholders) and at query time (to read the caller's role).
import { normAlias } from './normalize.js';

/** Canonical role words used in KbEntry.roles[].role. */
export const CANONICAL_ROLES = [
  'head of state', 'head of government', 'president', 'vice president', 'prime minister', 'deputy prime minister',
  'monarch', 'supreme leader', 'chancellor', 'premier', 'foreign minister', 'defence minister', 'finance minister',
  'interior minister', 'justice minister', 'health minister', 'spokesperson', 'press secretary', 'secretary-general',
  'director-general', 'president of the commission', 'chief of staff', 'chief of the general staff', 'central bank governor',
  'national security adviser', 'attorney general', 'speaker', 'leader', 'minister', 'ambassador to the un',
] as const;

const SYNONYMS: Record<string, string> = {
  // foreign
  'foreign minister': 'foreign minister', 'minister of foreign affairs': 'foreign minister', 'minister for foreign affairs': 'foreign minister',
  'foreign affairs minister': 'foreign minister', 'foreign secretary': 'foreign minister', 'secretary of state': 'foreign minister',
  'minister of external affairs': 'foreign minister', 'external affairs minister': 'foreign minister', 'minister of foreign affairs and trade': 'foreign minister',
  'secretary of foreign affairs': 'foreign minister', 'minister of foreign affairs and international cooperation': 'foreign minister',
  'secretary of state for foreign and commonwealth affairs': 'foreign minister', 'secretary of state for foreign commonwealth and development affairs': 'foreign minister',
  'top diplomat': 'foreign minister', 'foreign ministry chief': 'foreign minister', 'minister of foreign relations': 'foreign minister',
  // defence
  'defence minister': 'defence minister', 'defense minister': 'defence minister', 'minister of defence': 'defence minister', 'minister of defense': 'defence minister',
  'minister for defence': 'defence minister', 'minister of national defense': 'defence minister', 'minister of national defence': 'defence minister',
  'secretary of defense': 'defence minister', 'secretary of defence': 'defence minister', 'defense secretary': 'defence minister', 'defence secretary': 'defence minister', 'secretary of state for defence': 'defence minister',
  'minister of the armed forces': 'defence minister', 'minister of armed forces': 'defence minister', 'secretary of war': 'defence minister', 'war secretary': 'defence minister',
  'minister of people s armed forces': 'defence minister', 'minister of the people s armed forces': 'defence minister', 'federal minister of defence': 'defence minister',
  // finance
  'finance minister': 'finance minister', 'minister of finance': 'finance minister', 'minister for finance': 'finance minister', 'secretary of the treasury': 'finance minister',
  'treasury secretary': 'finance minister', 'chancellor of the exchequer': 'finance minister', 'federal minister of finance': 'finance minister',
  // interior / justice / health
  'interior minister': 'interior minister', 'minister of the interior': 'interior minister', 'minister of interior': 'interior minister', 'minister of internal affairs': 'interior minister',
  'home secretary': 'interior minister', 'home minister': 'interior minister', 'minister of home affairs': 'interior minister', 'secretary of homeland security': 'interior minister',
  'justice minister': 'justice minister', 'minister of justice': 'justice minister', 'attorney general': 'attorney general', 'attorney-general': 'attorney general',
  'health minister': 'health minister', 'minister of health': 'health minister', 'secretary of health and human services': 'health minister',
  // heads
  'president': 'president', 'vice president': 'vice president', 'vice-president': 'vice president', 'prime minister': 'prime minister', 'pm': 'prime minister',
  'premier': 'premier', 'chancellor': 'chancellor', 'federal chancellor': 'chancellor', 'deputy prime minister': 'deputy prime minister', 'first deputy prime minister': 'deputy prime minister',
  'vice premier': 'deputy prime minister', 'monarch': 'monarch', 'king': 'monarch', 'queen': 'monarch', 'emir': 'monarch', 'sultan': 'monarch', 'emperor': 'monarch',
  'supreme leader': 'supreme leader', 'leader': 'leader', 'head of state': 'head of state', 'head of government': 'head of government',
  // spokespeople
  'spokesperson': 'spokesperson', 'spokesman': 'spokesperson', 'spokeswoman': 'spokesperson', 'spokes person': 'spokesperson', 'press secretary': 'press secretary',
  'chief spokesperson': 'spokesperson', 'official spokesperson': 'spokesperson', 'spokesperson for the secretary general': 'spokesperson',
  // organisations
  'secretary general': 'secretary-general', 'secretary-general': 'secretary-general', 'director general': 'director-general', 'director-general': 'director-general',
  'managing director': 'director-general', 'president of the european commission': 'president of the commission',
  'chief of staff': 'chief of staff', 'chief of the general staff': 'chief of the general staff', 'chief of general staff': 'chief of the general staff',
  'chairman of the joint chiefs of staff': 'chief of the general staff',
  'governor of the central bank': 'central bank governor', 'central bank governor': 'central bank governor', 'chair of the federal reserve': 'central bank governor',
  'national security adviser': 'national security adviser', 'national security advisor': 'national security adviser',
  'speaker': 'speaker', 'speaker of the house of representatives': 'speaker', 'speaker of the house': 'speaker',
  'permanent representative to the united nations': 'ambassador to the un', 'ambassador to the united nations': 'ambassador to the un', 'un ambassador': 'ambassador to the un',
};

/** Which generic roles a specific office also counts as. */
const IMPLIES: Record<string, string[]> = {
  'president': ['leader'], 'prime minister': ['leader'], 'premier': ['prime minister', 'leader'], 'chancellor': ['prime minister', 'leader'],
  'monarch': ['head of state'], 'supreme leader': ['leader', 'head of state'],
  'foreign minister': ['minister'], 'defence minister': ['minister'], 'finance minister': ['minister'], 'interior minister': ['minister'],
  'justice minister': ['minister'], 'health minister': ['minister'], 'press secretary': ['spokesperson'],
};

/** Decides whether the tail of "President of X" names a state (so the office is national, not regional). */
export type IsState = (normalisedName: string) => boolean;

function canonOne(s: string, isState?: IsState): string | undefined {
  const n = normAlias(s).replace(/^the /, '');
  if (SYNONYMS[n]) return SYNONYMS[n];
  // "President of Russia", "Prime Minister of the United Kingdom"; not "President of the Sakha Republic"
  if (isState) {
    let i = n.indexOf(' of ');
    while (i > 0) {
      const head = n.slice(0, i);
      const tail = n.slice(i + 4).replace(/^the /, '');
      if (SYNONYMS[head] && isState(tail)) return SYNONYMS[head];
      i = n.indexOf(' of ', i + 1);
    }
  }
  return undefined;
}

/**
 * Canonical roles for an office label ("Minister of Foreign Affairs" → ["foreign minister", "minister"]).
 * Returns [] for labels outside the vocabulary; `keepRaw` adds the normalised label itself.
 */
export function canonRoles(label: string, keepRaw = false, isState?: IsState): string[] {
  const out = new Set<string>();
  const c = canonOne(label, isState);
  if (c) {
    out.add(c);
    for (const i of IMPLIES[c] ?? []) out.add(i);
  } else if (/^minister\b/.test(normAlias(label)) && !/ of (the )?[a-z]+ (oblast|krai|republic|province|state|region)$/.test(normAlias(label))) {
    out.add('minister');
  }
  if (keepRaw && !c) out.add(normAlias(label));
  return [...out];
}

/** The canonical form of a role asked for in a query ("defense secretary" → "defence minister"). */
export function canonQueryRole(role: string): string {
  return canonOne(role) ?? normAlias(role);
}
