// Words that move a scheduled time: "postponed to Saturday", "pushed the deadline back until Friday",
// "brought forward to Monday". The time stage reads the moved-to time as lying ahead; the story stage reads two
// dates for one plan as a revision rather than a contradiction. One verb list serves both.

const MOVING_VERB = String.raw`(?:postpone[sd]?|adjourn(?:ed|s)?|delay(?:ed|s)?|pushed\s+back|put\s+back|put\s+off|rescheduled|moved|brought\s+forward|extend(?:ed|s)?|deferred|prolong(?:ed|s)?)`;

/**
 * A moving verb governing the text's end through one of `preps` ("to", "until" ...), with at most 60 characters
 * between them that are not in `barrier` (sentence punctuation, and for the time stage quotation marks too).
 */
export function movedToPattern(barrier: string, preps: readonly string[]): RegExp {
  return new RegExp(String.raw`\b${MOVING_VERB}\b[^${barrier}]{0,60}?\b(?:${preps.join('|')})\s+(?:the\s+)?$`, 'i');
}
