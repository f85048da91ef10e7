// The role an argument takes from the preposition before it (data/lexicon/events-roles.tsv), the
// entity's type and the event type.
import { isPlace, type MentionRef } from './mentions.js';
import { MEET_LIKE, WEAPONISH, MOVE, PLACE_ROLES } from './words.js';
import { type Ctx } from './context.js';
import { peopleOfPlace } from './places.js';

export function roleFor(ctx: Ctx, prep: string | undefined, m: MentionRef, type: string, verb: boolean): string | undefined {
  if (!prep) {
    if (MEET_LIKE.has(type) && !isPlace(m.type)) return 'partner';
    if (m.type === 'WEAPON' || m.type === 'VEHICLE') return WEAPONISH.has(type) ? 'theme' : 'instrument';
    if (isPlace(m.type) && !peopleOfPlace(ctx, m)) {
      // "left Pyongyang" → origin; "reached Bennu", "visited Moscow" → destination; "flooded Benghazi" → location.
      if (type === 'DEPART') return 'origin';
      if (MOVE.has(type) || MEET_LIKE.has(type)) return 'destination';
      if (ctx.lex.types.get(type)?.family === 'disaster') return 'location';
    }
    return 'patient';
  }
  const info = ctx.lex.roles.get(prep);
  if (!info) return undefined;
  if (m.type === 'VEHICLE' && (prep === 'by' || prep === 'aboard' || prep === 'on' || prep === 'in' || prep === 'via')) return 'instrument';
  // "published in (the journal) Nature": the organisation a work is published in is its medium, not a place
  if (type === 'PUBLISH' && prep === 'in' && m.type === 'ORG' && !m.pseudo) return 'instrument';
  if (PLACE_ROLES.has(info.role)) return isPlace(m.type) ? info.role : info.nonPlace;
  if (MEET_LIKE.has(type) && (info.role === 'patient') && prep === 'of') return 'agent';
  return info.role;
}

