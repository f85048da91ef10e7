import { segment } from '../../../src/nlp/segment/index.js';

export function sentenceTexts(text: string): string[] {
  return segment(text).sentences.map((s) => text.slice(s.start, s.end));
}

export function tokenTexts(text: string): string[] {
  return segment(text).tokens.map((t) => text.slice(t.start, t.end));
}

export function tokenKinds(text: string): string[] {
  return segment(text).tokens.map((t) => `${text.slice(t.start, t.end)}/${t.kind}`);
}

export function sentenceKinds(text: string): string[] {
  return segment(text).sentences.map((s) => `${s.kind}:${text.slice(s.start, s.end)}`);
}
