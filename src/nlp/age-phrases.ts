// How a report writes a person's age beside them, one definition for both readers: the checks (src/nlp/checks/ages.ts:
// a stated age against a birth year) and the story builder (src/story/ages.ts: one person's age across reports).
// Regular-expression sources, each with the figure as its one group, to be composed by the readers.

/**
 * The oldest age the checks read (a stated age against a birth year: their '< 125'): a larger figure beside a name is
 * something else (a head count, a year). The story reader keeps its own lower bound (src/story/ages.ts, STORY_MAX_AGE).
 */
export const MAX_AGE = 124;

/** Whether a figure can be a person's age (up to `max`, MAX_AGE unless given). */
export const isAge = (n: number, max: number = MAX_AGE): boolean => n > 0 && n <= max;

/** The figure of an age: one to three digits. */
export const AGE_FIGURE = String.raw`(\d{1,3})`;

// The year-old forms: the two exact forms the checks scan whole texts for, and one loose form (both, and the spellings
// between them) for a reader that looks at one phrase beside a name (the story reader). Three on purpose: the checks'
// expressions must stay as they are ('27 year-old' in running text is left to them), the story's reading beside a
// name may be loose.

/** "27-year-old" (the attributive form; the checks). */
export const HYPHEN_YEAR_OLD = String.raw`${AGE_FIGURE}-year-old\b`;

/** "27 years old", "one year old" in figures (the predicative form: "is 80 years old"; the checks). */
export const SPACED_YEARS_OLD = String.raw`${AGE_FIGURE}\s+years?\s+old\b`;

/** Either form, and the looser spellings writers use ("27 year-old", "27-years-old"; the story reader, beside a name). */
export const YEAR_OLD = String.raw`${AGE_FIGURE}[- ]years?[- ]old\b`;

/** "aged 27". */
export const AGED = String.raw`aged\s${AGE_FIGURE}\b`;

/** A capitalised name (a surname) an age may follow: "Kim, 39, ", "Lubitz (27)" (needs the 'u' flag). */
export const CAP_NAME = String.raw`\p{Lu}[\p{L}'’-]+`;

/** An age in commas after a name: ", 39, " (after `CAP_NAME`). */
export const COMMA_AGE = String.raw`,\s${AGE_FIGURE},\s`;

/** An age in brackets after a name: " (27)" (after `CAP_NAME`). */
export const PAREN_AGE = String.raw`\s\(${AGE_FIGURE}\)`;
