// Number formatting and written-precision helpers for check details ("59 km/h = 36.66 mph").

const SCALES: Array<[number, string]> = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];

/** "36.66", "101,389", "3.85 billion", "794.6 million": readable, with the scale word for big values. */
export function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const ax = Math.abs(x);
  for (const [v, w] of SCALES) {
    if (ax >= v) { const y = x / v; return `${trim(y, Math.abs(y) >= 100 ? 1 : 2)} ${w}`; }
  }
  if (ax >= 1000) return grouped(Math.round(x));
  if (ax >= 100) return trim(x, 1);
  if (ax >= 1) return trim(x, 2);
  return String(Number(x.toPrecision(3)));
}

/** An integer with thousands commas, as toLocaleString('en-US') writes it ("-101,389"), without the slow locale call. */
function grouped(n: number): string {
  let s = String(n < 0 ? -n : n);
  let out = '';
  while (s.length > 3) { out = ',' + s.slice(-3) + out; s = s.slice(0, -3); }
  return (n < 0 ? '-' : '') + s + out;
}

/** Fixed decimals without trailing zeros: 36.66, 794.6, 4. Scaled values keep three significant figures. */
function trim(x: number, decimals: number): string {
  const s = x.toFixed(decimals);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

const NUM_RE = /([0-9][0-9,]*(?:\.[0-9]+)?)\s*(thousand|million|billion|trillion|bn|mn|m|k)?/i;
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6, m: 1e6, k: 1e3 };
const WORD_SCALE_RE = /\b(thousand|million|billion|trillion)\b/i;

/**
 * The rounding unit a writer used: "37" → 1, "6,100" → 100, "100,000" → 100,000, "3.84" → 0.01,
 * "4 billion" → 1 billion, "eight" → 1. Trailing zeros count as rounding (the usual reading in news).
 */
export function roundingUnit(text: string, value: number): number {
  const m = NUM_RE.exec(text);
  if (!m) {
    const w = WORD_SCALE_RE.exec(text);
    return w ? SCALE[w[1].toLowerCase()] : 1;
  }
  const digits = m[1].replace(/,/g, '');
  const scaleWord = m[2]?.toLowerCase();
  const scale = scaleWord && SCALE[scaleWord] && Math.abs(Number(digits) * SCALE[scaleWord] - value) < 1e-6 * Math.abs(value) ? SCALE[scaleWord] : 1;
  let unit: number;
  const dot = digits.indexOf('.');
  if (dot !== -1) unit = 10 ** -(digits.length - dot - 1);
  else {
    const z = /0+$/.exec(digits);
    unit = z && z[0].length < digits.length ? 10 ** z[0].length : 1;
  }
  return unit * scale;
}

/** "units", "tens", "hundreds", "one decimal", "one significant figure"… for the detail text. */
export function roundingName(unit: number, value: number): string {
  if (unit > 1 && Math.abs(value) >= unit && Math.abs(value) < unit * 10) return 'one significant figure';
  const names: Record<string, string> = { '1': 'units', '10': 'tens', '100': 'hundreds', '1000': 'thousands', '0.1': 'one decimal', '0.01': 'two decimals', '0.001': 'three decimals' };
  const key = String(Number(unit.toPrecision(3)));
  return names[key] ?? `the nearest ${fmt(unit)}`;
}
