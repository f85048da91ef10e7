// Types of ../shared/spec/stories-v1.md. Field names are a contract; extra fields are allowed.

import type { AttributionLink, Certainty } from '../core/types.js';

export interface StoryDocument {
  id: string; outlet?: string; title?: string; publishedAt?: string;
  /** Extra: address; the original this is a near-duplicate of; where the identical text was also published. */
  url?: string; copyOf?: string; copies?: { outlet?: string; url?: string; publishedAt?: string }[];
}

export interface StoryEntity { name: string; type?: string; kb?: { wikidata?: string }; key?: string; documents?: number }

export interface StoryEvent {
  id: string;
  type: string;
  participants: string[];
  documents: string[];
  certainty: Certainty;
  status: string;
  /** Extra fields. */
  cameo?: string;
  places?: string[];
  date?: string;
  polarity?: string;
  triggers?: string[];
  /** Names only one report attaches to an event that three or more reports tell (not in `participants`). */
  otherParticipants?: string[];
  /** Per-document local event ids merged here: "docId#eventId". */
  members?: string[];
  independentSources?: number;
  lat?: number;
  lon?: number;
}

export interface FactSource {
  document: string;
  outlet?: string;
  attribution: AttributionLink[];
  certainty: Certainty;
  /** Extra: the sentence or claim text, and the date the value held. */
  text?: string;
  asOf?: string;
  origin?: string;
}

export interface FactValue {
  value: string | number;
  mod?: string;
  unit?: string;
  sources: FactSource[];
  asOf?: string;
  /** Extra: the value in SI units where it converts. */
  si?: { value: number; unit: string };
}

export interface Fact {
  subject: string;
  attribute: string;
  values: FactValue[];
  consistent: boolean;
  corroboration: { documents: number; independentSources: number };
  /** Extra: why it is (in)consistent. */
  why?: string;
  kind?: 'quantity' | 'time' | 'place';
  /**
   * Extra: the verdict in words: one value; values that agree; a count that rose as reports came in
   * (later figures supersede earlier ones); values that cannot all be true (`consistent: false`).
   */
  verdict?: 'single' | 'agree' | 'updated' | 'contradiction';
  /** Extra: the first and last date of the readings (their `asOf`). */
  period?: { from: string; to: string };
  /**
   * Extra: a figure revised upward over time is told as phases, one fact each (same subject and
   * attribute): phase `index` of `of`, in date order; `supersedes` summarises the previous phase.
   */
  phase?: { index: number; of: number; supersedes?: string };
}

export interface TimelineEntry { date: string; event: string; documents: string[]; type?: string; dateFrom?: 'event' | 'document' }

export interface Story {
  id: string;
  title: string;
  documents: StoryDocument[];
  entities: StoryEntity[];
  events: StoryEvent[];
  facts: Fact[];
  timeline: TimelineEntry[];
  /** Extra: last document date, for ordering (most recently updated first). */
  updated?: string;
}

export interface StoriesOutput { version: 1; stories: Story[] }
