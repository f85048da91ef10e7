// Shared by the quantity tests on currencies: a place entity of a given country, and the currency codes a sentence's
// amounts take once the report's countries are known (findQuantities, then currencyByCountry).
import type { Entity, Quantity } from '../../src/core/types.js';
import { findQuantities } from '../../src/nlp/quantity/index.js';
import { currencyByCountry } from '../../src/nlp/quantity/currency-country.js';

export const place = (name: string, country: string): Entity => ({
  id: name, name, type: 'GPE', geo: { lat: 0, lon: 0, country }, mentions: [{ start: 0, end: 1, text: name }],
});

export const coded = (text: string, entities: Entity[]): string[] => {
  const qs: Quantity[] = findQuantities({ text, sentences: [], times: [] });
  currencyByCountry(qs, entities);
  return qs.map((q) => q.unit);
};
