// Foreign-language bodies and sites name their head first ("Ministerio de …", "Plaza de …"): an organisation or a
// facility when the rest is a place or a word that is no ordinary English; an English phrase led by the same word is
// left to the other rules. Real KB; invented names and sentences written for these tests.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bySurface, names, run } from './run-entities.js';

describe('entities: a foreign head word leading a name', () => {
  it('makes a body an organisation ("Ministerio de Obras", "Tribunal Superior Agrario")', () => {
    for (const [text, name] of [
      ['Engineers at the Ministerio de Obras Hidráulicas said the dam held.', 'Ministerio de Obras Hidráulicas'],
      ['Judges of the Tribunal Superior Agrario ruled on Monday.', 'Tribunal Superior Agrario'],
      ['Delegates of the Partido Verde Ecologista walked out.', 'Partido Verde Ecologista'],
    ] as const) {
      const doc = run(text);
      assert.equal(bySurface(doc, name)?.type, 'ORG', `${text} -> ${names(doc)}`);
    }
  });
  it('makes a street or square a facility ("Plaza de Armas", "Rue des Orvanes", "Avenida Kelmarra")', () => {
    for (const [text, name] of [
      ['Crowds filled the Plaza de Armas on Sunday.', 'Plaza de Armas'],
      ['Police closed the Rue des Orvanes after the blast.', 'Rue des Orvanes'],
      ['Marchers walked down the Avenida Kelmarra towards the palace.', 'Avenida Kelmarra'],
    ] as const) {
      const doc = run(text);
      assert.equal(bySurface(doc, name)?.type, 'FAC', `${text} -> ${names(doc)}`);
    }
  });
  it('leaves an English phrase led by the same word alone ("the Tribunal Chairman")', () => {
    const doc = run('The Tribunal Chairman said the case was closed.');
    assert.notEqual(bySurface(doc, 'Tribunal Chairman')?.type, 'ORG', names(doc));
  });
});
