// Data for the quantity stage: number words, scales, units, currencies, bound cues, counted nouns.
// Plain arrays/objects only, so the tables can be reviewed and extended without touching the logic; the larger
// tables are data files under data/lexicon/.
import { join } from 'node:path';
import { projectRoot } from '../../core/shared.js';
import { readDataRows } from '../../core/data-rows.js';
import { CURRENCY_NAMES } from './currency-names.js';

/** Cardinal number words → value. Ordinals ("first", "second") are deliberately absent. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, dozen: 12,
};

/** Multipliers written as words or abbreviations after a number ("1.5 million", "68.7bn", "$5m"). */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  lakh: 1e5, crore: 1e7,
  // Indonesian (ribu, juta, miliar, triliun) and Malay (bilion, trilion) scales, kept in English-language copy from
  // Jakarta and Kuala Lumpur ("Rp 5 triliun", "RM2 bilion"); the standard number words of both languages
  ribu: 1e3, juta: 1e6, miliar: 1e9, triliun: 1e12, bilion: 1e9, trilion: 1e12,
};
/** Scales of languages that write a decimal comma: before them "2,5" is two and a half, not a list or a grouping. */
export const DECIMAL_COMMA_SCALES: ReadonlySet<string> = new Set(['ribu', 'juta', 'miliar', 'triliun', 'bilion', 'trilion']);
/** Abbreviated scales; "m" and "b" only count as scales after a currency ("$71.4m"), else "m" is metres. */
export const SCALE_ABBREV: Readonly<Record<string, number>> = {
  k: 1e3, bn: 1e9, mn: 1e6, mln: 1e6, tn: 1e12, trn: 1e12, m: 1e6, b: 1e9,
  // Malaysian style: "RM42mil", "US$4.5bil"
  mil: 1e6, bil: 1e9,
};
export const SCALE_ABBREV_NEED_MONEY: readonly string[] = ['m', 'b', 'k', 'mil', 'bil'];

/** Vague plurals: "hundreds of" means more than one hundred. */
export const VAGUE_PLURALS: Readonly<Record<string, number>> = {
  dozens: 12, scores: 20, hundreds: 100, thousands: 1000, millions: 1e6, billions: 1e9, trillions: 1e12,
};

/** Unicode vulgar fractions. */
export const VULGAR_FRACTIONS: Readonly<Record<string, number>> = {
  '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3, '⅕': 0.2, '⅛': 0.125, '⅜': 0.375, '⅝': 0.625, '⅞': 0.875,
};

export type Dimension = 'length' | 'speed' | 'mass' | 'area' | 'volume' | 'temperature' | 'power' | 'energy' | 'flow' | 'economy'
  | 'data' | 'bitrate' | 'activity' | 'activityConcentration' | 'specificActivity' | 'dose' | 'doseRate' | 'frequency'
  | 'pressure' | 'massConcentration' | 'ratio' | 'soundLevel';

export interface UnitDef {
  /** Canonical symbol written to `unit`. */
  symbol: string;
  dim: Dimension;
  /** Value in the SI unit of the dimension per one of this unit (temperature uses `offset` too). */
  factor: number;
  offset?: number;
  /** Spellings, lower-case, tokens separated by single spaces ("km / h" matches "km/h"). */
  forms: readonly string[];
  /** Written right after the digits only ("122mm", "5m"): short symbols that are ordinary words otherwise. */
  attachedOnly?: readonly string[];
}

export const SI_UNIT: Readonly<Record<Dimension, string>> = {
  length: 'm', speed: 'm/s', mass: 'kg', area: 'm2', volume: 'm3', temperature: 'K', power: 'W', energy: 'J',
  flow: 'm3/s', economy: 'm/m3',
  // not SI, but the base unit conversions are stated in
  data: 'B', bitrate: 'bit/s', activity: 'Bq', activityConcentration: 'Bq/m3', specificActivity: 'Bq/kg', dose: 'Sv', doseRate: 'Sv/h', frequency: 'Hz',
  pressure: 'Pa', massConcentration: 'kg/m3', ratio: '1', soundLevel: 'dB',
};

export const UNITS: readonly UnitDef[] = [
  // length
  { symbol: 'mm', dim: 'length', factor: 1e-3, forms: ['mm', 'millimetre', 'millimetres', 'millimeter', 'millimeters'] },
  { symbol: 'cm', dim: 'length', factor: 1e-2, forms: ['cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters'] },
  { symbol: 'm', dim: 'length', factor: 1, forms: ['metre', 'metres', 'meter', 'meters', 'mtr', 'mtrs'], attachedOnly: ['m'] },
  { symbol: 'km', dim: 'length', factor: 1e3, forms: ['km', 'kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers'] },
  { symbol: 'in', dim: 'length', factor: 0.0254, forms: ['inch', 'inches'], attachedOnly: ['in'] },
  { symbol: 'ft', dim: 'length', factor: 0.3048, forms: ['ft', 'foot', 'feet'] },
  { symbol: 'yd', dim: 'length', factor: 0.9144, forms: ['yd', 'yard', 'yards'] },
  { symbol: 'mi', dim: 'length', factor: 1609.344, forms: ['mile', 'miles'] },
  { symbol: 'nmi', dim: 'length', factor: 1852, forms: ['nautical mile', 'nautical miles', 'nmi'] },
  // astronomical distances ("a galaxy some 55 million light years from Earth")
  { symbol: 'ly', dim: 'length', factor: 9460730472580800, forms: ['light year', 'light years', 'light - year', 'light - years', 'lightyear', 'lightyears'] },
  // speed (listed before length so "km/h" wins over "km" — matching is longest-first anyway)
  { symbol: 'km/h', dim: 'speed', factor: 1 / 3.6, forms: ['km / h', 'km / hr', 'kmh', 'kph', 'kmph', 'kilometres per hour', 'kilometers per hour', 'kilometres an hour', 'kilometers an hour', 'km per hour', 'km an hour'] },
  { symbol: 'mph', dim: 'speed', factor: 0.44704, forms: ['mph', 'miles per hour', 'miles an hour', 'mile per hour', 'mile an hour'] },
  { symbol: 'm/s', dim: 'speed', factor: 1, forms: ['m / s', 'metres per second', 'meters per second', 'metres a second', 'meters a second'] },
  { symbol: 'km/s', dim: 'speed', factor: 1e3, forms: ['km / s', 'kilometres per second', 'kilometers per second', 'kilometres a second', 'kilometers a second', 'km per second', 'km a second'] },
  { symbol: 'kn', dim: 'speed', factor: 1852 / 3600, forms: ['knot', 'knots', 'kt', 'kts'] },
  // mass
  { symbol: 'mg', dim: 'mass', factor: 1e-6, forms: ['mg', 'milligram', 'milligrams', 'milligramme', 'milligrammes'] },
  { symbol: 'g', dim: 'mass', factor: 1e-3, forms: ['gram', 'grams', 'gramme', 'grammes'], attachedOnly: ['g'] },
  { symbol: 'kg', dim: 'mass', factor: 1, forms: ['kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes'] },
  // "tons" in news is overwhelmingly the metric tonne; the short ton would differ by 9%.
  // ("5,000 MT of rice": South Asian copy writes metric tonnes so; "MMT" is a million of them)
  { symbol: 't', dim: 'mass', factor: 1e3, forms: ['tonne', 'tonnes', 'ton', 'tons', 'metric ton', 'metric tons', 'metric tonnes', 'mt'] },
  { symbol: 'lb', dim: 'mass', factor: 0.45359237, forms: ['lb', 'lbs', 'pound', 'pounds'] },
  { symbol: 'oz', dim: 'mass', factor: 0.028349523125, forms: ['oz', 'ounce', 'ounces'] },
  // gold and silver output and reserves ("300,000 troy ounces")
  { symbol: 'ozt', dim: 'mass', factor: 0.0311034768, forms: ['troy ounce', 'troy ounces', 'oz t'] },
  // emissions, harvests, explosive yields ("1.2 gigatonnes of CO2", "a 15-kiloton bomb"): not "mt"/"kt", which are
  // metric tons and knots in other copy
  { symbol: 'kt', dim: 'mass', factor: 1e6, forms: ['kilotonne', 'kilotonnes', 'kiloton', 'kilotons'] },
  { symbol: 'Mt', dim: 'mass', factor: 1e9, forms: ['megatonne', 'megatonnes', 'megaton', 'megatons', 'mmt'] },
  { symbol: 'Gt', dim: 'mass', factor: 1e12, forms: ['gigatonne', 'gigatonnes', 'gigaton', 'gigatons'] },
  { symbol: 'quintal', dim: 'mass', factor: 100, forms: ['quintal', 'quintals'] },
  { symbol: 'ct', dim: 'mass', factor: 2e-4, forms: ['carat', 'carats'] },
  { symbol: 'dwt', dim: 'mass', factor: 1e3, forms: ['dwt', 'deadweight tonnes', 'deadweight tons', 'deadweight tonnage'] },
  // area
  { symbol: 'm2', dim: 'area', factor: 1, forms: ['m2', 'm²', 'sq m', 'sq . m', 'square metre', 'square metres', 'square meter', 'square meters'] },
  { symbol: 'km2', dim: 'area', factor: 1e6, forms: ['km2', 'km²', 'sq km', 'sq kms', 'sq . km', 'square kilometre', 'square kilometres', 'square kilometer', 'square kilometers'] },
  { symbol: 'ha', dim: 'area', factor: 1e4, forms: ['ha', 'hectare', 'hectares'] },
  { symbol: 'acre', dim: 'area', factor: 4046.8564224, forms: ['acre', 'acres'] },
  { symbol: 'mi2', dim: 'area', factor: 2589988.110336, forms: ['sq mi', 'sq miles', 'sq . mi', 'sq . miles', 'square mile', 'square miles'] },
  { symbol: 'ft2', dim: 'area', factor: 0.09290304, forms: ['sq ft', 'sq . ft', 'square foot', 'square feet'] },
  // land measures of Egyptian and Levantine copy: the feddan (4,200 m²) and the metric dunam (1,000 m²)
  { symbol: 'feddan', dim: 'area', factor: 4200, forms: ['feddan', 'feddans'] },
  { symbol: 'dunam', dim: 'area', factor: 1000, forms: ['dunam', 'dunams', 'dunum', 'dunums', 'donum', 'donums'] },
  // volume
  { symbol: 'm3', dim: 'volume', factor: 1, forms: ['m3', 'm³', 'cubic metre', 'cubic metres', 'cubic meter', 'cubic meters', 'cu m'] },
  { symbol: 'km3', dim: 'volume', factor: 1e9, forms: ['km3', 'km³', 'cubic kilometre', 'cubic kilometres', 'cubic kilometer', 'cubic kilometers'] },
  // natural gas: billions of cubic metres as the trade writes them ("55 bcm a year")
  { symbol: 'bcm', dim: 'volume', factor: 1e9, forms: ['bcm', 'bcm / y', 'bcma'] },
  { symbol: 'acre-ft', dim: 'volume', factor: 1233.48183754752, forms: ['acre - feet', 'acre - foot', 'acre feet'] },
  { symbol: 'mi3', dim: 'volume', factor: 4168181825.440579, forms: ['cubic mile', 'cubic miles', 'cu mi'] },
  { symbol: 'ft3', dim: 'volume', factor: 0.028316846592, forms: ['ft3', 'ft³', 'cubic foot', 'cubic feet', 'cu ft'] },
  { symbol: 'l', dim: 'volume', factor: 1e-3, forms: ['litre', 'litres', 'liter', 'liters'], attachedOnly: ['l'] },
  { symbol: 'ml', dim: 'volume', factor: 1e-6, forms: ['ml', 'millilitre', 'millilitres', 'milliliter', 'milliliters'] },
  { symbol: 'gal', dim: 'volume', factor: 0.003785411784, forms: ['gallon', 'gallons', 'gal'] },
  { symbol: 'bbl', dim: 'volume', factor: 0.158987294928, forms: ['barrel', 'barrels', 'bbl'] },
  // flow: oil output ("1.2 million bpd", "200,000 barrels a day"); SI cubic metres per second
  { symbol: 'bbl/d', dim: 'flow', factor: 0.158987294928 / 86400, forms: ['bpd', 'b / d', 'bbl / d', 'barrels per day', 'barrels a day', 'barrel per day', 'barrels of oil per day', 'barrels of oil a day', 'barrels of crude per day', 'barrels of crude a day'] },
  { symbol: 'mb/d', dim: 'flow', factor: 1e6 * 0.158987294928 / 86400, forms: ['mb / d', 'mbpd', 'mbd'] },
  { symbol: 'm3/s', dim: 'flow', factor: 1, forms: ['m3 / s', 'm³ / s', 'm3 / sec', 'm³ / sec', 'cubic metres per second', 'cubic meters per second', 'cubic metres a second', 'cubic meters a second', 'cumecs'] },
  // US river gauges: "176,000 cubic feet per second (5,000 cubic metres per second)"
  { symbol: 'ft3/s', dim: 'flow', factor: 0.028316846592, forms: ['ft3 / s', 'ft³ / s', 'cubic feet per second', 'cubic feet a second', 'cubic foot per second', 'cfs'] },
  { symbol: 'm3/d', dim: 'flow', factor: 1 / 86400, forms: ['cubic metres per day', 'cubic meters per day', 'cubic metres a day', 'cubic meters a day'] },
  // fuel economy: "50 miles per gallon (17.7 km per litre)"; SI metres per cubic metre
  { symbol: 'mpg', dim: 'economy', factor: 1609.344 / 0.003785411784, forms: ['mpg', 'miles per gallon', 'miles to the gallon'] },
  { symbol: 'km/l', dim: 'economy', factor: 1e6, forms: ['km / l', 'kilometres per litre', 'kilometers per liter', 'km per litre', 'km per liter', 'kpl'] },
  { symbol: 'cup', dim: 'volume', factor: 0.0002365882365, forms: ['cup', 'cups'] },
  { symbol: 'teaspoon', dim: 'volume', factor: 4.92892159375e-6, forms: ['teaspoon', 'teaspoons', 'tsp'] },
  { symbol: 'tablespoon', dim: 'volume', factor: 1.478676478125e-5, forms: ['tablespoon', 'tablespoons', 'tbsp'] },
  // temperature: SI value = value * factor + offset
  // the degree sign as keyboards of many newsrooms type it: "º" (ordinal indicator), "˚" (ring above), "oC"
  { symbol: '°C', dim: 'temperature', factor: 1, offset: 273.15, forms: ['°c', '° c', 'ºc', 'º c', '˚c', '˚ c', 'degrees celsius', 'degree celsius', 'degrees centigrade', 'celsius', 'centigrade', 'deg c', 'c'], attachedOnly: ['oC'] },
  { symbol: '°F', dim: 'temperature', factor: 5 / 9, offset: 273.15 - 32 * 5 / 9, forms: ['°f', '° f', 'ºf', 'º f', '˚f', '˚ f', 'degrees fahrenheit', 'degree fahrenheit', 'fahrenheit', 'deg f', 'f'], attachedOnly: ['oF'] },
  // power / energy
  { symbol: 'kW', dim: 'power', factor: 1e3, forms: ['kw', 'kilowatt', 'kilowatts'] },
  { symbol: 'MW', dim: 'power', factor: 1e6, forms: ['mw', 'megawatt', 'megawatts'] },
  { symbol: 'GW', dim: 'power', factor: 1e9, forms: ['gw', 'gigawatt', 'gigawatts'] },
  { symbol: 'kWh', dim: 'energy', factor: 3.6e6, forms: ['kwh', 'kilowatt hour', 'kilowatt hours', 'kilowatt - hour', 'kilowatt - hours'] },
  { symbol: 'MWh', dim: 'energy', factor: 3.6e9, forms: ['mwh', 'megawatt hour', 'megawatt hours', 'megawatt - hour', 'megawatt - hours'] },
  { symbol: 'GWh', dim: 'energy', factor: 3.6e12, forms: ['gwh', 'gigawatt hour', 'gigawatt hours', 'gigawatt - hour', 'gigawatt - hours'] },
  { symbol: 'TWh', dim: 'energy', factor: 3.6e15, forms: ['twh', 'terawatt hour', 'terawatt hours', 'terawatt - hour', 'terawatt - hours'] },
  { symbol: 'hp', dim: 'power', factor: 745.69987158227, forms: ['hp', 'horsepower', 'bhp'] },
  { symbol: 'TW', dim: 'power', factor: 1e12, forms: ['tw', 'terawatt', 'terawatts'] },
  // digital storage and bandwidth ("a 128GB phone", "1 Gbps"); decimal multiples, as vendors state them
  { symbol: 'KB', dim: 'data', factor: 1e3, forms: ['kilobyte', 'kilobytes'], attachedOnly: ['kb'] },
  { symbol: 'MB', dim: 'data', factor: 1e6, forms: ['megabyte', 'megabytes'], attachedOnly: ['mb'] },
  { symbol: 'GB', dim: 'data', factor: 1e9, forms: ['gb', 'gigabyte', 'gigabytes'] },
  { symbol: 'TB', dim: 'data', factor: 1e12, forms: ['tb', 'terabyte', 'terabytes'] },
  { symbol: 'PB', dim: 'data', factor: 1e15, forms: ['pb', 'petabyte', 'petabytes'] },
  { symbol: 'Mbit/s', dim: 'bitrate', factor: 1e6, forms: ['mbps', 'mbit / s', 'megabits per second', 'megabit per second'] },
  { symbol: 'Gbit/s', dim: 'bitrate', factor: 1e9, forms: ['gbps', 'gbit / s', 'gigabits per second', 'gigabit per second'] },
  // radioactivity and radiation dose ("1,500 becquerels per litre", "20 millisieverts a year")
  { symbol: 'Bq', dim: 'activity', factor: 1, forms: ['bq', 'becquerel', 'becquerels'] },
  { symbol: 'Bq/L', dim: 'activityConcentration', factor: 1e3, forms: ['bq / l', 'bq / litre', 'bq / liter', 'becquerels per litre', 'becquerels per liter', 'becquerels a litre', 'becquerel per litre', 'becquerel per liter'] },
  { symbol: 'Bq/kg', dim: 'specificActivity', factor: 1, forms: ['bq / kg', 'becquerels per kilogram', 'becquerels per kilo', 'becquerel per kilogram'] },
  { symbol: 'mSv', dim: 'dose', factor: 1e-3, forms: ['msv', 'millisievert', 'millisieverts'] },
  { symbol: 'Sv', dim: 'dose', factor: 1, forms: ['sievert', 'sieverts'] },
  { symbol: 'µSv/h', dim: 'doseRate', factor: 1e-6, forms: ['µsv / h', 'μsv / h', 'usv / h', 'microsieverts per hour', 'microsievert per hour', 'microsieverts an hour'] },
  { symbol: 'µSv', dim: 'dose', factor: 1e-6, forms: ['µsv', 'μsv', 'microsievert', 'microsieverts'] },
  // air pressure of storms ("a central pressure of 940 hPa", "950 millibars") and tyres or pipelines ("30 psi")
  { symbol: 'hPa', dim: 'pressure', factor: 100, forms: ['hpa', 'hectopascal', 'hectopascals'] },
  { symbol: 'mbar', dim: 'pressure', factor: 100, forms: ['mbar', 'millibar', 'millibars'] },
  { symbol: 'psi', dim: 'pressure', factor: 6894.757293168, forms: ['psi'] },
  // air quality ("PM2.5 at 180 µg/m³") and greenhouse gas concentration ("420 parts per million")
  { symbol: 'µg/m3', dim: 'massConcentration', factor: 1e-9, forms: ['µg / m3', 'μg / m3', 'ug / m3', 'µg / m³', 'μg / m³', 'mcg / m3', 'micrograms per cubic metre', 'micrograms per cubic meter', 'microgram per cubic metre', 'microgram per cubic meter'] },
  { symbol: 'ppm', dim: 'ratio', factor: 1e-6, forms: ['ppm', 'parts per million'] },
  // doses and contamination by body or sample mass ("10 milligrams per kilogram", "0.5 mg/kg"): a mass ratio, millionths
  { symbol: 'mg/kg', dim: 'ratio', factor: 1e-6, forms: ['mg / kg', 'milligrams per kilogram', 'milligram per kilogram', 'mg per kg', 'milligrams per kilo', 'milligrams a kilogram'] },
  { symbol: 'ppb', dim: 'ratio', factor: 1e-9, forms: ['ppb', 'parts per billion'] },
  // sound level: logarithmic, no conversion beyond itself
  { symbol: 'dB', dim: 'soundLevel', factor: 1, forms: ['db', 'decibel', 'decibels'] },
  // frequency
  { symbol: 'MHz', dim: 'frequency', factor: 1e6, forms: ['mhz', 'megahertz'] },
  { symbol: 'GHz', dim: 'frequency', factor: 1e9, forms: ['ghz', 'gigahertz'] },
];

/** Forms that are a unit only when attached to the digits or after "degrees": bare "c"/"f" are letters. */
export const UNIT_NEEDS_CONTEXT: readonly string[] = ['c', 'f'];

export const PERCENT_FORMS: readonly string[] = ['%', 'percent', 'per cent', 'pct', 'pc', 'per-cent'];
export const POINT_FORMS: readonly string[] = ['percentage point', 'percentage points'];
export const BASIS_POINT_FORMS: readonly string[] = ['basis point', 'basis points', 'bps', 'bp'];

const CURRENCY_SIGN_ROWS = readDataRows(join(projectRoot, 'data', 'lexicon', 'currency-signs.tsv')).filter((r) => r[0] && /^[A-Z]{3}$/.test(r[1] ?? ''));
/** Currency signs written before the number ("US$", "€", "Rs", "₮"; data/lexicon/currency-signs.tsv), case-sensitive.
 * Longest first is handled by the matcher. */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = Object.fromEntries(
  CURRENCY_SIGN_ROWS.filter((r) => r[2] !== 'after').map((r) => [r[0]!, r[1]!]));
/** Currency signs written after the number ("100 zł", "500 Kč"), case-sensitive. */
export const CURRENCY_SIGNS_AFTER: Readonly<Record<string, string>> = Object.fromEntries(
  CURRENCY_SIGN_ROWS.filter((r) => r[2] === 'after').map((r) => [r[0]!, r[1]!]));
/**
 * Currency letters that are also other abbreviations (data/lexicon/currency-letters.tsv): a currency only touching the
 * digits ("SR5 billion", "LE500") unless marked "spaced" ("TL 5 billion"); the rand's "R", the naira's "N", the "K" of
 * the kwacha and the "P" of the peso and the pula also need a scale after the number ("R2", "N95", "K2" are names). A
 * letter several currencies share takes the code of the country the report names most
 * (data/lexicon/currency-countries.tsv), and the currency check tries them all (data/lexicon/currency-readings.tsv).
 */
const CURRENCY_LETTER_ROWS = readDataRows(join(projectRoot, 'data', 'lexicon', 'currency-letters.tsv')).filter((r) => r[0] && r[1]);
export const TIGHT_CURRENCY_LETTERS: Readonly<Record<string, string | undefined>> = Object.fromEntries(CURRENCY_LETTER_ROWS.map((r) => [r[0]!, r[1]!]));
/** The letters of TIGHT_CURRENCY_LETTERS that need a scale or a separator after the figure. */
export const SCALED_ONLY_CURRENCY_LETTERS: readonly string[] = CURRENCY_LETTER_ROWS.filter((r) => r[2] === 'scaled').map((r) => r[0]!);
/** "SR", "QR", "LE", "TL" are model and grade names too ("the SR71", "QR5"): a currency with a scale, a decimal or a
 * thousands separator ("SR7.04 trillion", "QR1.5", "LE3,000"), not a bare integer. ("drams", "kip" need their country
 * adjective for the same reason: "three drams of whisky".) */
export const MARKED_ONLY_CURRENCY_LETTERS: readonly string[] = CURRENCY_LETTER_ROWS.filter((r) => r[2] === 'marked').map((r) => r[0]!);
const MARKED_LOWER: ReadonlySet<string> = new Set(MARKED_ONLY_CURRENCY_LETTERS.map((l) => l.toLowerCase()));
/** `letters` (any case) are currency letters read only before a marked figure ("JD", "kd", "Ll"). */
export function needsMarkedFigure(letters: string): boolean {
  return MARKED_LOWER.has(letters.toLowerCase());
}
/**
 * A figure marked as money, as the quantity scanner (scan.ts tightCurrencyOk) and the entity filter
 * (entities/resolve.ts currencyAmount) both read it: a decimal or thousands separator ("5.5", "1,000") or a scale glued
 * ("5bn") or next ("5 million"). `after` is the word after the figure.
 */
export function markedFigure(figure: string, after?: string): boolean {
  if (/\d[.,]\d/.test(figure)) return true;
  const glued = /^\d+([a-z]+)$/i.exec(figure);
  if (glued && own(SCALE_ABBREV, glued[1]!.toLowerCase()) !== undefined) return true;
  const a = (after ?? '').toLowerCase();
  return own(SCALE_WORDS, a) !== undefined || own(SCALE_ABBREV, a) !== undefined;
}
/** The letters that may stand a space before their figure ("TL 5 billion"). */
export const SPACED_CURRENCY_LETTERS: readonly string[] = CURRENCY_LETTER_ROWS.filter((r) => r[3] === 'spaced').map((r) => r[0]!);
/** What a price is "a" or "per" of: "SR32 a share", "QR15 per litre" make a bare integer after such letters a price
 * (goods only: "QR5 a year early" may be a grade and a time). */
export const PRICE_UNITS: readonly string[] = ['share', 'barrel', 'litre', 'liter', 'gallon', 'kilo', 'kilogram', 'kg', 'tonne', 'ton',
  'unit', 'ticket', 'meal', 'bag', 'sack', 'loaf', 'piece', 'dose'];
/**
 * ISO codes written before or after the number ("USD 5m", "5 billion EUR"): the ISO 4217 table of
 * data/lexicon/currency-iso4217.tsv, less the codes marked "word" there (capitalised words in headlines: "ALL", "TOP").
 */
export const CURRENCY_CODES: readonly string[] = readDataRows(join(projectRoot, 'data', 'lexicon', 'currency-iso4217.tsv'))
  .filter((r) => /^[A-Z]{3}$/.test(r[0] ?? '') && r[2] !== 'word').map((r) => r[0]!);
/** Currency words after the number ("5 million euros", "500 lekë"): the names of data/lexicon/currency-names.tsv that
 * alone are a currency; the adjective before "dollars" picks the code (CURRENCY_ADJECTIVES). */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = CURRENCY_NAMES.bare;
/** Names that are also English words or names, a currency alone only after a scaled figure ("12.1 trillion won",
 * "5 billion kip"; "Kenya won 2" is a verb, "three drams of whisky" a measure). */
export const SCALED_CURRENCY_WORDS: Readonly<Record<string, string>> = CURRENCY_NAMES.scaled;
/** Subunits after the number, a hundredth of their currency: "1,234 pence" is 12.34 GBP, "85 cents" 0.85 USD
 * ("euro cents" 0.85 EUR). The value is reported in the main unit so that it compares with amounts in that unit. */
export const CURRENCY_SUBUNITS: Readonly<Record<string, string>> = {
  pence: 'GBP', penny: 'GBP', cent: 'USD', cents: 'USD', 'us cents': 'USD', 'u.s. cents': 'USD', 'euro cents': 'EUR',
  'euro cent': 'EUR', 'euro-cents': 'EUR', kopecks: 'RUB', kopeck: 'RUB', kopeks: 'RUB', kopek: 'RUB', paise: 'INR', paisa: 'INR',
  'australian cents': 'AUD', 'canadian cents': 'CAD', 'hong kong cents': 'HKD', 'singapore cents': 'SGD', 'new zealand cents': 'NZD',
};
/** A subunit symbol touching the digits ("50p", "5,600p"): pence. */
export const ATTACHED_SUBUNITS: Readonly<Record<string, string>> = { p: 'GBP' };
/** "1080p", "720p": display resolutions, not pence. */
export const VIDEO_LINES: readonly number[] = [144, 240, 360, 480, 576, 720, 1080, 1440, 2160, 4320];

/** "Australian dollars", "Libyan dinars", "Cuban convertible pesos": the adjective (or the whole phrase) fixes the
 * currency (data/lexicon/currency-names.tsv). */
export const CURRENCY_ADJECTIVES: Readonly<Record<string, string>> = CURRENCY_NAMES.phrases;

export type BoundName = 'AT_LEAST' | 'AT_MOST' | 'MORE_THAN' | 'LESS_THAN' | 'APPROX' | 'MAX' | 'MIN';

/** Cues written before the number, lower-case, longest first at match time. */
export const BOUND_BEFORE: Readonly<Record<string, BoundName>> = {
  'at least': 'AT_LEAST', 'no fewer than': 'AT_LEAST', 'no less than': 'AT_LEAST', 'not less than': 'AT_LEAST',
  'a minimum of': 'MIN', 'minimum of': 'MIN', 'minimum': 'MIN',
  'more than': 'MORE_THAN', 'over': 'MORE_THAN', 'above': 'MORE_THAN', 'in excess of': 'MORE_THAN',
  'upwards of': 'MORE_THAN', 'passed': 'MORE_THAN', 'past': 'MORE_THAN', 'exceed': 'MORE_THAN', 'surpassed': 'MORE_THAN', 'exceeded': 'MORE_THAN',
  'exceeding': 'MORE_THAN', 'topped': 'MORE_THAN', 'beyond': 'MORE_THAN', 'well over': 'MORE_THAN',
  'up to': 'AT_MOST', 'up to a ceiling of': 'AT_MOST', 'within': 'AT_MOST', 'as many as': 'AT_MOST', 'as much as': 'AT_MOST', 'at most': 'AT_MOST',
  'no more than': 'AT_MOST', 'not more than': 'AT_MOST', 'as high as': 'AT_MOST', 'as large as': 'AT_MOST',
  'no higher than': 'AT_MOST', 'not exceeding': 'AT_MOST', 'capped at': 'AT_MOST', 'limited to': 'AT_MOST', 'a maximum of': 'MAX', 'maximum of': 'MAX',
  'about': 'APPROX', 'around': 'APPROX', 'roughly': 'APPROX', 'approximately': 'APPROX',
  // "nearly 1,800", "almost 40%": short of the figure (TimeML's LESS_THAN for "nearly", "almost")
  'nearly': 'LESS_THAN', 'almost': 'LESS_THAN', 'some': 'APPROX', 'an estimated': 'APPROX', 'estimated': 'APPROX', 'close to': 'APPROX',
  'approx': 'APPROX', 'circa': 'APPROX', 'c.': 'APPROX', 'just under': 'LESS_THAN', 'just over': 'MORE_THAN',
  'fewer than': 'LESS_THAN', 'less than': 'LESS_THAN', 'under': 'LESS_THAN', 'below': 'LESS_THAN',
  // "a few hundred", "several thousand": more than the bare scale
  'a few': 'MORE_THAN', 'several': 'MORE_THAN',
};
/** Verbs whose particle looks like a bound cue: "hand over two suspects", "took over 20 firms", "turned over". */
export const PARTICLE_VERB_LIST: readonly string[] = [
  // only verbs whose "over" is nearly always the particle: "took over 20 firms" and "won over 60%" are more often bounds
  'hand', 'hands', 'handed', 'handing', 'turn', 'turns', 'turned', 'turning', 'handover', 'hauled', 'ran', 'run', 'runs', 'knocked',
];
/** "maximum speed of 59 km/h", "top speed of": a MAX cue a few words before the number. */
export const MAX_CUES: readonly string[] = ['maximum', 'max', 'top speed', 'peak', 'highest', 'record'];
export const MIN_CUES: readonly string[] = ['minimum', 'lowest'];
/**
 * Extremum words that make a money or percent figure a MIN/MAX ("a global minimum tax of 15%", "a maximum fine of
 * $10,000"). Narrower than MAX_CUES/MIN_CUES: "a record 9%", "the highest rate, 5%" name a level, not a limit.
 */
/**
 * Verbs of reaching right before "up to" that make a physical figure the peak a magnitude reached ("floodwater reached
 * up to three metres", "gusts peaked at up to"), a MAX; elsewhere "up to" bounds an estimate or a forecast ("waves
 * of up to five metres", "could bring up to 30 cm of snow"), AT_MOST.
 */
export const PEAK_VERBS: readonly string[] = [
  'reached', 'reaching', 'reaches', 'rose', 'risen', 'rising', 'climbed', 'climbing', 'peaked', 'peaking', 'hit', 'soared',
  'surged', 'gusted', 'gusting', 'topped', 'measured', 'measuring', 'recorded',
];
export const MEASURE_MAX_CUES: readonly string[] = ['maximum', 'max'];
export const MEASURE_MIN_CUES: readonly string[] = ['minimum'];
/** Cues after the number ("10,000 or more people"). */
export const BOUND_AFTER: Readonly<Record<string, BoundName>> = {
  'or more': 'AT_LEAST', 'or above': 'AT_LEAST', 'or higher': 'AT_LEAST', 'or over': 'AT_LEAST', 'plus': 'MORE_THAN', '+': 'MORE_THAN',
  'or less': 'AT_MOST', 'or fewer': 'AT_MOST', 'or so': 'APPROX', 'or thereabouts': 'APPROX',
};

/** Counted nouns that stand for people (unit "person"). Singular and plural forms. */
export const PERSON_NOUNS: readonly string[] = [
  // people found counted as things ("12 bandits", "400 congregants", "3 rabbis")
  'chechens', 'pows', 'bandits', 'instructors', 'jockeys', 'trekkers', 'revellers', 'revelers', 'congregants', 'parishioners',
  'rabbis', 'schoolchildren', 'grandchildren', 'loggers', 'poachers', 'porters', 'draftees', 'laureates',
  'people', 'person', 'persons', 'resident', 'residents', 'civilian', 'civilians', 'soldier', 'soldiers', 'troops',
  'child', 'children', 'kid', 'kids', 'woman', 'women', 'man', 'men', 'adult', 'adults', 'official', 'officials',
  'officer', 'officers', 'policeman', 'policemen', 'policemen', 'police', 'worker', 'workers', 'migrant', 'migrants',
  'refugee', 'refugees', 'victim', 'victims', 'dead', 'injured', 'wounded', 'missing', 'displaced', 'survivor',
  'survivors', 'patient', 'patients', 'passenger', 'passengers', 'student', 'students', 'member', 'members',
  'fighter', 'fighters', 'militant', 'militants', 'protester', 'protesters', 'protestor', 'protestors',
  'demonstrator', 'demonstrators', 'journalist', 'journalists', 'reporter', 'reporters', 'staff', 'employee',
  'employees', 'citizen', 'citizens', 'inhabitant', 'inhabitants', 'villager', 'villagers', 'tourist', 'tourists',
  'voter', 'voters', 'doctor', 'doctors', 'nurse', 'nurses', 'rescuer', 'rescuers', 'volunteer', 'volunteers',
  'prisoner', 'prisoners', 'detainee', 'detainees', 'hostage', 'hostages', 'casualty', 'casualties', 'death',
  'deaths', 'fatality', 'fatalities', 'lives', 'bodies', 'individuals', 'individual', 'boys', 'girls', 'boy', 'girl',
  'teenagers', 'infants', 'babies', 'elderly', 'homeless', 'evacuees', 'personnel', 'crew', 'crewmembers',
  'sailors', 'pilots', 'firefighters', 'paramedics', 'medics', 'diplomats', 'ministers', 'lawmakers', 'senators',
  'delegates', 'participants', 'guests', 'visitors', 'fans', 'spectators', 'athletes', 'players', 'suspects',
  'inmates', 'pilgrims', 'worshippers', 'settlers', 'farmers', 'fishermen', 'miners', 'teachers', 'judges',
  'jurors', 'experts', 'scientists', 'researchers', 'users', 'customers', 'consumers', 'investors', 'shareholders',
  'applicants', 'asylum seekers', 'mourners', 'marines', 'commandos', 'rebels', 'insurgents', 'gunmen',
  'attackers', 'guards', 'agents', 'recruits', 'conscripts', 'veterans', 'labourers', 'laborers', 'leaders',
  'leader', 'seekers', 'spokesmen', 'envoys', 'negotiators', 'delegates', 'mayors', 'governors', 'candidates',
  'defendants', 'lawyers', 'colleagues', 'friends', 'relatives', 'parents', 'mothers', 'fathers', 'sons',
  'daughters', 'brothers', 'sisters', 'peacekeepers', 'observers', 'inspectors',
  'supporters', 'followers', 'opponents', 'critics', 'marchers', 'rioters', 'looters', 'strikers', 'viewers',
  'listeners', 'readers', 'subscribers', 'staffers', 'contractors', 'tenants', 'homeowners', 'landlords', 'drivers',
  'riders', 'pedestrians', 'shoppers', 'pupils', 'graduates', 'toddlers', 'newborns', 'believers', 'legislators',
  'representatives', 'airmen', 'commanders', 'generals', 'admirals', 'captives', 'abductees', 'kidnappers',
  'smugglers', 'traffickers', 'militiamen', 'assailants', 'prosecutors', 'witnesses', 'nationals',
  'expatriates', 'expats', 'foreigners', 'immigrants', 'emigrants', 'locals', 'professors', 'engineers',
  'ambassadors', 'presidents', 'councillors', 'councilors', 'nominees', 'recipients', 'beneficiaries', 'clients',
  'donors', 'youths', 'youngsters', 'pensioners', 'retirees', 'seniors', 'widows', 'orphans', 'siblings',
  // more people, unambiguous in news counts
  'worshipers', 'mps', 'meps', 'combatants', 'occupants', 'claimants', 'attendants', 'entrants', 'returnees', 'deportees',
  'internees', 'trainees', 'escapees', 'amputees', 'physicians', 'surgeons', 'clinicians', 'midwives', 'caregivers', 'carers',
  'cadets', 'troopers', 'paratroopers', 'snipers', 'hijackers', 'captors', 'perpetrators', 'offenders', 'convicts', 'fugitives',
  'monks', 'nuns', 'priests', 'clerics', 'imams', 'rabbis', 'bishops', 'nomads', 'herders', 'shepherds', 'ranchers', 'vendors',
  'traders', 'merchants', 'bankers', 'executives', 'managers', 'directors', 'bosses', 'founders', 'entrepreneurs', 'aides',
  'advisers', 'advisors', 'consultants', 'analysts', 'bureaucrats', 'magistrates', 'attorneys', 'solicitors', 'barristers',
  'teammates', 'classmates', 'schoolchildren', 'adolescents', 'teens', 'minors', 'juveniles', 'grandparents', 'grandchildren',
  'spouses', 'husbands', 'wives', 'heirs', 'descendants', 'cousins', 'neighbours', 'neighbors', 'strangers', 'bystanders',
  'onlookers', 'commuters', 'travellers', 'travelers', 'backpackers', 'hikers', 'climbers', 'mountaineers', 'skiers', 'swimmers',
  'surfers', 'runners', 'truckers', 'couriers', 'cleaners', 'waiters', 'chefs', 'actors', 'actresses', 'singers', 'dancers',
  'writers', 'authors', 'poets', 'photographers', 'editors', 'bloggers', 'campaigners', 'organisers', 'organizers',
  'picketers', 'colonels', 'lieutenants', 'sergeants', 'servicemen', 'servicewomen', 'seamen', 'lifeguards', 'responders',
  'investigators', 'detectives', 'mediators', 'informants', 'whistleblowers', 'hackers', 'fraudsters', 'burglars', 'robbers',
  'murderers', 'killers', 'gangsters', 'guerrillas', 'paramilitaries', 'mercenaries', 'gunmen', 'plaintiffs', 'litigants',
  'petitioners', 'complainants', 'parolees', 'felons', 'monarchs', 'princes', 'princesses', 'warlords', 'chiefs',
  'descendants', 'humans', 'souls', 'corpses', 'referees', 'mps', 'crewmen', 'workmen', 'firemen',
  'servicemen', 'servicewomen', 'businessmen', 'businesswomen', 'congressmen', 'chairmen', 'spokespeople',
  // professions, roles and groups common in news (plural forms; singular ones count one person)
  'dealers', 'executives', 'managers', 'directors', 'bankers', 'traders', 'brokers', 'analysts', 'economists',
  'politicians', 'activists', 'campaigners', 'bystanders', 'onlookers', 'commuters', 'motorists', 'truckers',
  'cyclists', 'climbers', 'hikers', 'swimmers', 'divers', 'fishers', 'herders', 'shepherds', 'peasants', 'growers',
  'retailers', 'vendors', 'sellers', 'buyers', 'borrowers', 'lenders', 'depositors', 'taxpayers', 'homebuyers',
  'renters', 'householders', 'occupants', 'squatters', 'minors', 'teens', 'adolescents', 'juveniles',
  'schoolchildren', 'schoolgirls', 'schoolboys', 'undergraduates', 'trainees', 'interns', 'apprentices', 'cadets',
  'monks', 'nuns', 'priests', 'clerics', 'imams', 'rabbis', 'bishops', 'pastors', 'preachers', 'missionaries',
  'clergy', 'clergymen', 'physicians', 'surgeons', 'midwives', 'pharmacists', 'dentists', 'caregivers', 'carers',
  'technicians', 'mechanics', 'electricians', 'plumbers', 'builders', 'welders', 'dockers', 'dockworkers',
  'longshoremen', 'stevedores', 'seafarers', 'seamen', 'deckhands', 'aviators', 'astronauts', 'cosmonauts',
  'paratroopers', 'snipers', 'gunners', 'infantrymen', 'reservists', 'mercenaries', 'jihadists', 'extremists',
  'terrorists', 'separatists', 'loyalists', 'dissidents', 'defectors', 'deserters', 'combatants', 'raiders',
  'hijackers', 'pirates', 'shooters', 'robbers', 'thieves', 'burglars', 'criminals', 'gangsters', 'offenders',
  'convicts', 'fugitives', 'escapees', 'abductors', 'captors', 'perpetrators', 'accomplices', 'informants', 'spies',
  'operatives', 'bureaucrats', 'administrators', 'clerks', 'secretaries', 'aides', 'advisers', 'advisors',
  'consultants', 'auditors', 'accountants', 'attorneys', 'solicitors', 'barristers', 'magistrates', 'plaintiffs',
  'claimants', 'petitioners', 'complainants', 'appellants', 'jurists', 'regulators', 'policymakers',
  'emissaries', 'consuls', 'parliamentarians', 'deputies', 'congresswomen', 'meps', 'councillors', 'aldermen',
  'commissioners', 'trustees', 'chiefs', 'elders', 'kings', 'queens', 'princes', 'princesses', 'monarchs',
  'royals', 'heirs', 'founders', 'owners', 'landowners', 'shopkeepers', 'storekeepers', 'entrepreneurs',
  'billionaires', 'millionaires', 'tycoons', 'oligarchs', 'celebrities', 'actors', 'actresses', 'singers',
  'musicians', 'artists', 'writers', 'authors', 'poets', 'novelists', 'filmmakers', 'photographers', 'editors',
  'correspondents', 'columnists', 'broadcasters', 'presenters', 'bloggers', 'influencers', 'academics', 'scholars',
  'lecturers', 'educators', 'tutors', 'coaches', 'trainers', 'footballers', 'cricketers', 'competitors',
  'contestants', 'finalists', 'winners', 'champions', 'medallists', 'medalists', 'olympians', 'teammates',
  'recruits', 'jobseekers', 'unemployed', 'dependants', 'dependents', 'spouses', 'husbands', 'wives', 'widowers',
  'grandparents', 'grandchildren', 'cousins', 'uncles', 'aunts', 'nephews', 'nieces', 'twins', 'octogenarians',
  'centenarians', 'patrons', 'travellers', 'travelers', 'holidaymakers', 'vacationers', 'sightseers', 'campers',
  'worshipers', 'churchgoers', 'concertgoers', 'festivalgoers', 'partygoers', 'beachgoers', 'attendees',
  'invitees', 'signatories', 'bidders', 'bondholders', 'policyholders', 'electors', 'constituents', 'neighbours',
  'neighbors', 'compatriots', 'countrymen', 'townspeople', 'tribesmen', 'nomads', 'herdsmen', 'natives',
  'newcomers', 'stowaways', 'returnees', 'deportees', 'bodyguards', 'sentries', 'wardens', 'rangers', 'gendarmes',
  'troopers', 'constables', 'detectives', 'investigators', 'examiners', 'lifeguards', 'coastguards', 'responders',
  'helpers', 'organisers', 'organizers', 'coordinators', 'bosses', 'ceos', 'chairwomen', 'premiers', 'monitors',
  'persons', 'teenagers', 'evacuees', 'dead', 'kin', 'hopefuls', 'asylees', 'heads of state', 'migrant workers',
];

/** Participles that stand for people right after a number ("3,800 killed", "some 7,000 injured"). */
export const PERSON_PARTICIPLES: readonly string[] = [
  'killed', 'dead', 'injured', 'wounded', 'missing', 'displaced', 'hurt', 'arrested', 'detained', 'evacuated',
  'rescued', 'drowned', 'stranded', 'affected', 'homeless', 'unaccounted',
];

/** Capitalised plurals with these endings after a number are nationality plurals ("250,000 Libyans"). */
export const DEMONYM_ENDINGS: readonly string[] = ['ans', 'ians', 'is', 'ons', 'ers', 'ites'];
/** Capitalised plurals after a number that name groups of people without a demonym ending. */
export const PEOPLE_GROUPS: readonly string[] = [
  'arabs', 'jews', 'danes', 'greeks', 'turks', 'kurds', 'scots', 'swedes', 'finns', 'poles', 'czechs', 'slovaks',
  'serbs', 'croats', 'thais', 'uzbeks', 'tajiks', 'kazakhs', 'sikhs', 'hindus', 'muslims', 'catholics',
  'protestants', 'democrats', 'republicans', 'conservatives', 'liberals', 'spaniards', 'britons', 'filipinos',
  'latinos', 'latinas', 'hispanics', 'yemenis', 'somalis', 'druze', 'copts', 'shiites', 'sunnis', 'alawites',
  'yazidis', 'rohingya', 'uighurs', 'uyghurs', 'tories', 'marines', 'afghans', 'maoris', 'inuit', 'roma',
  // nationality nouns without a plural -s ("three million Vietnamese", "two Swiss")
  'french', 'british', 'swiss', 'irish', 'dutch', 'welsh', 'english', 'scottish', 'chinese', 'japanese', 'vietnamese',
  'lebanese', 'sudanese', 'taiwanese', 'burmese', 'portuguese', 'senegalese', 'congolese', 'maltese', 'nepalese',
  'sri lankans', 'sinhalese', 'togolese', 'guyanese', 'beninese', 'gabonese', 'malians', 'chadians', 'bangladeshis',
];

/** Lower-case plural endings that denote people ("civilians", "journalists", "steelworkers", "firemen", "asylum-seekers"). */
export const PERSON_ENDINGS: readonly string[] = [
  'ians', 'ists', 'workers', 'makers', 'goers', 'seekers', 'keepers', 'dwellers', 'owners', 'holders', 'dealers',
  'men', 'women', 'people', 'persons', 'fighters', 'watchers', 'riders', 'drivers', 'users', 'officers', 'members',
];
/** Plurals with a person ending that are not people ("specimens", "stakeholders" stays people). */
export const PERSON_ENDING_EXCEPTIONS: readonly string[] = [
  'specimens', 'omens', 'abdomens', 'regimens', 'hymens', 'semen', 'stamens', 'acumen', 'bitumen', 'amens', 'yemen',
  'placeholders', 'candleholders', 'screwdrivers', 'cupholders', 'assists', 'insists', 'persists', 'resists', 'consists',
  'exists', 'twists', 'lists', 'wrists', 'fists', 'mists', 'heists', 'playlists', 'checklists', 'waitlists', 'shortlists',
  'blacklists', 'wishlists', 'subsists', 'desists',
  'pacemakers', 'icebreakers', 'peacemakers', 'codebreakers',
];
/** Fraction denominators: "two-thirds of", "three quarters of" are shares, not counts of quarters. */
export const FRACTION_DENOMINATORS: readonly string[] = [
  'half', 'halves', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'sixth', 'sixths', 'seventh',
  'sevenths', 'eighth', 'eighths', 'ninth', 'ninths', 'tenth', 'tenths', 'hundredth', 'hundredths',
];
/** Words before a bare figure that say it stands for a count named elsewhere ("put the figure at 40,000"). */
export const FIGURE_WORDS: readonly string[] = ['figure', 'figures', 'toll', 'tally', 'number', 'total', 'count', 'estimate', 'estimates', 'numbers', 'death'];
/** Nouns naming a count in the clause after a fronted "At N," ("At 12, the number of dead is still rising", "At 3,000,
 *  the crowd was smaller"): the figure is that count, not a clock time or an age. */
export const AT_FIGURE_NOUNS: readonly string[] = [...FIGURE_WORDS, 'crowd', 'crowds', 'turnout', 'attendance', 'audience'];

/** Nouns that mean "dead/missing/injured people" when they appear near a bare number ("the toll passed 3,800"). */
/** Bodies of people: "a crew of 22", "a delegation of 40", "a force of 5,000" count people when nothing follows;
 * places by their people too: "a city of 640,000", "a nation of 1.4 billion", "a population of 8,000". */
export const PEOPLE_BODIES: readonly string[] = [
  'crew', 'crews', 'staff', 'team', 'workforce', 'delegation', 'contingent', 'party', 'squad', 'band', 'force', 'crowd',
  'congregation', 'audience', 'class', 'cohort', 'group', 'gang', 'troupe', 'entourage', 'panel', 'jury', 'family', 'household',
  'city', 'town', 'village', 'nation', 'country', 'population', 'metropolis', 'community', 'township',
];

export const PERSON_CONTEXT_CUES: readonly string[] = [
  'toll', 'dead', 'death', 'deaths', 'died', 'killed', 'kill', 'killing', 'missing', 'injured', 'wounded', 'displaced',
  'casualties', 'fatalities', 'people', 'victims', 'evacuated', 'homeless', 'hurt', 'survivors', 'rescued',
  'arrested', 'detained', 'residents', 'population', 'refugees', 'migrants', 'civilians', 'soldiers', 'troops',
  // headline verbs and other harm words ("Missile strike kills at least 50")
  'kills', 'dies', 'die', 'dying', 'injuring', 'wounding', 'injures', 'wounds', 'drowned', 'trapped', 'stranded',
  'hospitalised', 'hospitalized', 'fatalities', 'bodies', 'evacuees', 'injuries', 'perished', 'slain',
  // what crowds and the displaced do ("More than 2 million have fled", "attended by 300", "55 voted in favour")
  'fled', 'flee', 'fleeing', 'voted', 'attended', 'marched', 'rallied', 'gathered', 'protested', 'sheltering', 'abducted',
  'kidnapped', 'hostage', 'hostages', 'jailed', 'imprisoned', 'executed', 'deported', 'infected',
  // gatherings whose size is given as a bare figure ("police put the crowd at 2,500", "turnout of 40,000")
  'crowd', 'crowds', 'turnout', 'attendance', 'spectators', 'mourners', 'attendees', 'demonstrators', 'protesters',
];
/**
 * What only people do to or with a bare figure ("the plant employs 3,000", "all 180 aboard survived", "about 300
 * escaped"). Unlike PERSON_CONTEXT_CUES these name people only for the figure they govern: the verb's object or
 * subject, next to it but for a bound word ("employs about 3,000") or an auxiliary ("300 have escaped"), not any figure
 * in the sentence ("employs 3,000 and produced 40,000", "The index survived a 300 drop").
 */
export const PERSON_ADJACENT_CUES: readonly string[] = [
  'employs', 'employed', 'employ', 'employing', 'workforce', 'aboard', 'onboard', 'survived', 'escaped', 'surrendered', 'defected',
  'stabbed', 'beheaded', 'massacred', 'tortured', 'sickened', 'poisoned', 'participated', 'enrolled', 'passengers',
  // captives let go ("344 had been freed", "the gunmen freed 27"; not "released": "released 40 into the wild", "released
  // 12 on Friday" tell animals and reports as often)
  'freed',
];

/** Compound counted nouns kept whole ("6,000 body bags" → "body bag"); others keep only the head noun. */
export const COMPOUND_NOUNS: readonly string[] = [
  'body bag', 'police officer', 'police station', 'fire truck', 'fire engine', 'polling station', 'power plant',
  'power station', 'aid truck', 'oil well', 'gas station', 'cruise missile', 'ballistic missile', 'air strike',
  'drone strike', 'search team', 'tent camp', 'hospital bed', 'food parcel', 'hygiene kit', 'first aid kit',
  'asylum seeker', 'health worker', 'aid worker', 'news conference', 'school bus', 'water tank', 'life jacket',
];

/** Irregular plurals → singular. */
export const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  rabbis: 'rabbi', schoolchildren: 'schoolchild', grandchildren: 'grandchild',
  people: 'person', children: 'child', men: 'man', women: 'woman', feet: 'foot', teeth: 'tooth', mice: 'mouse',
  geese: 'goose', lives: 'life', knives: 'knife', wives: 'wife', wolves: 'wolf', halves: 'half', leaves: 'leaf',
  shelves: 'shelf', thieves: 'thief', loaves: 'loaf', buses: 'bus', gases: 'gas', crises: 'crisis',
  analyses: 'analysis', theses: 'thesis', phenomena: 'phenomenon', criteria: 'criterion', media: 'medium',
  data: 'data', aircraft: 'aircraft', sheep: 'sheep', fish: 'fish', deer: 'deer', series: 'series', species: 'species', innings: 'innings',
  cattle: 'cattle', livestock: 'livestock', heroes: 'hero', potatoes: 'potato', tomatoes: 'tomato', echoes: 'echo',
  vetoes: 'veto', torpedoes: 'torpedo', volcanoes: 'volcano', tornadoes: 'tornado', mosquitoes: 'mosquito',
  dice: 'die', oxen: 'ox', indices: 'index', matrices: 'matrix', vertices: 'vertex', bases: 'base', cases: 'case',
  houses: 'house', horses: 'horse', nurses: 'nurse', courses: 'course', purposes: 'purpose', clauses: 'clause',
  responses: 'response', phases: 'phase', vases: 'vase', doses: 'dose', noses: 'nose', roses: 'rose',
  lenses: 'lens', businesses: 'business', addresses: 'address', witnesses: 'witness', losses: 'loss',
  premises: 'premises', headquarters: 'headquarters', barracks: 'barracks', means: 'means', news: 'news',
  tanks: 'tank', casualties: 'casualty', troops: 'troop', police: 'police', staff: 'staff', personnel: 'personnel',
  crew: 'crew', dead: 'dead', injured: 'injured', wounded: 'wounded', missing: 'missing', displaced: 'displaced',
  elderly: 'elderly', homeless: 'homeless', aliases: 'alias', viruses: 'virus', bonuses: 'bonus',
  campuses: 'campus', censuses: 'census', statuses: 'status', buzzes: 'buzz', quizzes: 'quiz', canvases: 'canvas',
  atlases: 'atlas', corpses: 'corpse', lapses: 'lapse', eclipses: 'eclipse', ellipses: 'ellipse', glimpses: 'glimpse',
  causes: 'cause', pauses: 'pause', abuses: 'abuse', excuses: 'excuse', fuses: 'fuse', muses: 'muse', uses: 'use',
  warehouses: 'warehouse', greenhouses: 'greenhouse', courthouses: 'courthouse', databases: 'database',
  releases: 'release', increases: 'increase', decreases: 'decrease', purchases: 'purchase', diseases: 'disease',
  expenses: 'expense', licenses: 'license', offenses: 'offense', defenses: 'defense', senses: 'sense',
};

/** Words that end in -s but are not plural nouns; also words that end the search for a counted noun. */
export const NOT_NOUNS: readonly string[] = [
  'is', 'was', 'has', 'as', 'us', 'its', 'his', 'hers', 'this', 'thus', 'yes', 'plus', 'less', 'unless',
  'across', 'towards', 'afterwards', 'always', 'perhaps', 'besides', 'whereas', 'sometimes', 'news', 'bus',
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'from', 'by', 'for', 'with', 'and', 'or', 'but', 'nor', 'than',
  'that', 'which', 'who', 'whom', 'whose', 'were', 'are', 'be', 'been', 'being', 'had', 'have', 'will', 'would',
  'could', 'should', 'may', 'might', 'can', 'did', 'do', 'does', 'said', 'says', 'say', 'per', 'each', 'more',
  'less', 'fewer', 'into', 'onto', 'over', 'under', 'after', 'before', 'since', 'during', 'while', 'when', 'where',
  'if', 'so', 'such', 'these', 'those', 'their', 'there', 'they', 'them', 'it', 'he', 'she', 'we', 'you', 'i',
  'about', 'around', 'some', 'others', 'another', 'between', 'among', 'amongst', 'against', 'within',
  'without', 'up', 'down', 'out', 'off', 'again', 'also', 'only', 'just', 'all', 'both', 'either', 'neither',
  'not', 'no', 'yet', 'still', 'even', 'ago', 'later', 'earlier', 'times', 'percent', 'cent', 'times',
];

/** Time units: a number before one of these is a duration or an age, which the time stage owns. */
export const TIME_UNITS: readonly string[] = [
  'second', 'seconds', 'sec', 'secs', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs', 'h',
  'day', 'days', 'night', 'nights', 'week', 'weeks', 'fortnight', 'fortnights', 'month', 'months', 'year', 'years',
  'yr', 'yrs', 'decade', 'decades', 'century', 'centuries', 'millennium', 'millennia', 'am', 'pm', 'a.m', 'p.m',
  'gmt', 'utc', 'bst', 'est', 'edt', 'cet', 'o\'clock', 'weekend', 'weekends', 'season', 'seasons',
  // ("term"/"terms" are not here: "served two terms" counts terms of office)
];

export const MONTHS: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];
/** MONTHS as a set, for the token tests (all lower-case). */
export const MONTH_SET: ReadonlySet<string> = new Set(MONTHS);

/** Capitalised words before a number that do not make it a model name ("About 5,000", "Some 300"). */
export const CAPITALISED_NOT_NAMES: readonly string[] = [
  'the', 'a', 'an', 'about', 'around', 'some', 'over', 'more', 'nearly', 'almost', 'only', 'just', 'at', 'up',
  'by', 'of', 'in', 'to', 'and', 'or', 'but', 'with', 'for', 'from', 'as', 'another', 'all', 'roughly', 'approximately',
  'least', 'than', 'fewer', 'less', 'under', 'between', 'among', 'those', 'these', 'its', 'their', 'his', 'her',
  'estimated', 'almost', 'exactly', 'precisely', 'barely', 'nearly', 'after', 'before', 'since', 'on', 'when',
  'while', 'if', 'although', 'though', 'because', 'passed', 'topped', 'reached', 'killing', 'killed', 'leaving',
];

/** Words between the number and "of" that make a range/comparison, and change verbs that make "from X to Y" a change. */
export const CHANGE_VERBS: readonly string[] = [
  'rose', 'rise', 'rises', 'risen', 'rising', 'fell', 'fall', 'falls', 'fallen', 'falling', 'increased', 'increase',
  'increases', 'increasing', 'decreased', 'decrease', 'decreasing', 'jumped', 'jump', 'jumps', 'climbed', 'climb',
  'dropped', 'drop', 'drops', 'grew', 'grow', 'grown', 'declined', 'decline', 'revised', 'raised', 'cut', 'lowered',
  'up', 'down', 'soared', 'surged', 'plunged', 'slipped', 'doubled', 'went', 'moved', 'changed', 'shrank', 'edged',
  'enlarge', 'enlarged', 'expand', 'expanded', 'expanding', 'reduce', 'reduced', 'reducing', 'boost', 'boosted',
  'lift', 'lifted', 'hike', 'hiked', 'slash', 'slashed', 'trim', 'trimmed', 'narrow', 'narrowed', 'widen', 'widened',
  'shrink', 'shrunk', 'swell', 'swelled', 'swollen', 'tripled', 'halved', 'dipped', 'tumbled', 'sank', 'gained', 'lost',
  'recovered', 'rebounded', 'eased', 'accelerated', 'slowed', 'upgraded', 'downgraded', 'adjusted', 'revised',
  // falls told with a verb of collapse ("slumped to 24 seats", "slid to 40")
  'slumped', 'slid', 'crashed',
];

/** Scales named next to their value ("a 7.8-magnitude earthquake", "magnitude 6.1"): the unit is the scale. */
export const NAMED_SCALES: Readonly<Record<string, string>> = {
  magnitude: 'magnitude', richter: 'magnitude', beaufort: 'beaufort',
};

/** A number right after one of these is an identifier, not an amount ("Resolution 2231", "flight 370"). */
export const ID_WORDS: readonly string[] = [
  'no', 'nos', 'number', 'page', 'pages', 'chapter', 'article', 'section', 'clause', 'paragraph', 'item', 'room',
  'flight', 'route', 'highway', 'interstate', 'road', 'resolution', 'line', 'platform', 'gate', 'terminal', 'level',
  'phase', 'stage', 'grade', 'class', 'category', 'version', 'round', 'game', 'episode', 'season', 'step', 'code',
  'zone', 'district', 'sector', 'block', 'ward', 'unit', 'battalion', 'brigade', 'division', 'apartment', 'suite',
  'floor', 'bus', 'tram', 'channel', 'cell', 'building', 'door', 'exit', 'lane', 'pier', 'berth', 'seat', 'row',
  'table', 'figure', 'fig', 'exhibit', 'vol', 'issue', 'tier', 'covid', 'bill', 'amendment',
  'proposition', 'prop', 'act', 'law', 'decree', 'order', 'case', 'docket', 'mission', 'apollo', 'boeing', 'airbus',
  'iphone', 'windows', 'model', 'type', 'mark', 'mk',
];

/** A bare number after these is an age ("aged 25", "people aged 18 to 24"), which is a duration. */
export const AGE_CUES: readonly string[] = ['aged', 'age', 'ages', 'ageing', 'aging'];

/** Words before a four-digit number that make it a year whatever follows ("in 2013 fellow doctors…"). */
export const YEAR_CUES: readonly string[] = [
  'in', 'since', 'by', 'until', 'till', 'from', 'of', 'the', 'mid', 'early', 'late', 'before', 'after', 'during',
  'year', 'fiscal', 'fy', 'summer', 'winter', 'spring', 'autumn', 'fall', 'through', 'throughout', 'its', 'their',
  'this', 'that', 'for', "'s", '’s', 'below', 'above', 'pre', 'post',
];
/** Weaker cues: a year unless people follow ("around 2000 people", "between 1990 and 2000"). */
export const WEAK_YEAR_CUES: readonly string[] = ['around', 'circa', 'c', 'between', 'and', 'to', 'about'];

/** Denominators of shares of a whole ("two-thirds of voters", "a fifth of the homes"), singular and plural. */
export const SHARE_DENOMINATORS: Readonly<Record<string, number>> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, sixth: 6, sixths: 6,
  seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
};
/** Words after "half" that make it a share of a whole: "half of the", "half the residents", "half its staff". */
export const HALF_OF_WORDS: readonly string[] = ['of', 'the', 'its', 'their', 'his', 'her', 'our', 'all', 'those', 'these'];
/** Words before a fraction word that make it an ordinal or a period, not a share ("the second half", "third quarter"). */
export const NOT_SHARE_BEFORE: readonly string[] = ['the', 'first', 'second', 'third', 'fourth', 'last', 'final', 'this', 'that', 'next',
  'previous', 'latter', 'former', 'other', 'better', 'bottom', 'top', 'upper', 'lower', 'each', 'every', 'per'];

/** "a quarter of a million dollars", "half of the 300 homes": a fraction word before "of". */
export const FRACTION_WORDS: Readonly<Record<string, number>> = {
  half: 0.5, quarter: 0.25, third: 1 / 3, fifth: 0.2, tenth: 0.1,
};

/** Own-property lookup: plain tables must not answer "constructor" or "toString" from the prototype. */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Nouns ending in -ed that a hyphenated number may count ("a 500-bed hospital"); other -ed words are adjectives ("three-legged"). */
export const HYPHEN_ED_NOUNS: readonly string[] = ['bed', 'seed', 'shed', 'breed', 'reed', 'sled', 'steed'];

/** Verbs that carry a count's subject to a bare figure: "Infections rose to 1,200", "Arrests reached 3,000", "Votes stood at 1.2 million". */
export const REACH_VERBS: readonly string[] = [
  'reached', 'reaches', 'reach', 'passed', 'passes', 'topped', 'tops', 'exceeded', 'exceeds', 'hit', 'hits', 'stood', 'stands', 'stand',
  'totalled', 'totaled', 'totals', 'numbered', 'number', 'surpassed', 'crossed', 'neared', 'approached',
];
/** Words allowed between such a subject and its verb: auxiliaries and adverbs ("Cases have now climbed to 42"). */
export const REACH_FILLERS: readonly string[] = ['has', 'have', 'had', 'now', 'already', 'since', 'further', 'also', 'again', 'so', 'far', 'sharply', 'steadily', 'quickly'];
/**
 * Plural subjects that are measures, not counts: "Prices rose to 212", "Temperatures hit 40", "Shares closed at 95"
 * give a price, a temperature or a level, never a number of prices.
 */
export const MEASURE_SUBJECTS: readonly string[] = [
  'prices', 'shares', 'stocks', 'rates', 'yields', 'temperatures', 'levels', 'ratings', 'scores', 'values', 'costs', 'sales',
  'profits', 'revenues', 'earnings', 'wages', 'salaries', 'rents', 'bills', 'tariffs', 'taxes', 'fees', 'premiums', 'bonds',
  'futures', 'markets', 'indices', 'indexes', 'readings', 'speeds', 'winds', 'gusts', 'waters', 'totals', 'tolls', 'figures',
  'numbers', 'estimates', 'reserves', 'exports', 'imports', 'deficits', 'surpluses', 'debts', 'savings', 'assets', 'margins',
  'odds', 'polls', 'rankings', 'averages', 'benchmarks', 'gains', 'losses', 'returns', 'payments', 'budgets', 'funds',
];


/**
 * Verbs whose object is mostly a count of things won, held, hit or moved: a bare figure after one of them counts what
 * the same kind of verb counted just before ("Labour took 412 seats. The Conservatives won 121", "Israel has struck 40
 * targets … it had hit 12 overnight", "cancelled 1,200 flights and delayed 900"). Past and present forms as written.
 */
export const COUNT_VERBS: readonly string[] = [
  'won', 'win', 'wins', 'took', 'take', 'takes', 'secured', 'secure', 'secures', 'gained', 'gain', 'gains', 'lost', 'lose', 'loses',
  'claimed', 'claims', 'captured', 'captures', 'got', 'gets', 'received', 'receives', 'garnered', 'scored', 'scores', 'bagged',
  'held', 'hold', 'holds', 'controlled', 'controls', 'struck', 'strikes', 'hit', 'hits', 'destroyed', 'destroys', 'damaged',
  'seized', 'seizes', 'downed', 'intercepted', 'intercepts', 'launched', 'launches', 'fired', 'fires', 'sold', 'sells', 'bought',
  'buys', 'built', 'builds', 'opened', 'opens', 'closed', 'closes', 'cancelled', 'canceled', 'cancels', 'delayed', 'grounded',
  'recorded', 'records', 'reported', 'reports', 'registered', 'counted', 'confirmed', 'added', 'adds', 'has', 'have', 'had',
  'shot', 'retook', 'close', 'open', 'build', 'sell', 'buy', 'hire', 'hired', 'fire', 'launch', 'destroy', 'seize',
];

/** Nouns after "one" that name no count worth reporting ("one reason", "on one side", "one source said"). */
export const ONE_NOT_COUNTS: readonly string[] = [
  'another', 'other', 'thing', 'things', 'way', 'side', 'hand', 'reason', 'point', 'moment', 'question', 'problem', 'issue',
  'option', 'step', 'example', 'case', 'part', 'kind', 'sort', 'type', 'form', 'aspect', 'factor', 'source', 'more', 'last',
  'final', 'single', 'third', 'half', 'quarter', 'fifth', 'tenth', 'priority', 'concern', 'focus', 'lesson', 'idea', 'voice',
  'chance', 'sign', 'hope', 'fear', 'word', 'direction', 'piece', 'bit', 'lot', 'day', 'night', 'morning', 'evening',
  'afternoon', 'year', 'month', 'week', 'time', 'place', 'something', 'version', 'measure',
  // "one hell of a fight": an intensifying idiom, no count
  'hell', 'heck',
  // people quoted as sources ("one analyst said")
  'analyst', 'observer', 'expert', 'critic', 'commentator', 'diplomat', 'official', 'spokesman', 'spokeswoman', 'spokesperson',
];

/** Adverbs of degree that may stand before a bare figure: "Of the 15 hospitals, only three …", "but just 120 are". */
export const DEGREE_ADVERBS: readonly string[] = ['only', 'just', 'merely', 'barely', 'all', 'still'];
