// A synthetic newswire corpus for ingest tests (no ../shared needed): distinct, deterministic reports.

const PLACES = ['Derna', 'Benghazi', 'Tripoli', 'Vladivostok', 'Seoul', 'Cairo', 'Athens', 'Lagos', 'Lima', 'Oslo'];
const PEOPLE = ['Ahmed Hamad', 'Maria Lopez', 'John Smith', 'Li Wei', 'Olga Petrova', 'Kwame Mensah'];
const VERBS = ['said', 'told reporters', 'announced', 'confirmed', 'warned'];
const NOUNS = ['floods', 'talks', 'the storm', 'the election', 'the strike', 'the summit', 'the fire', 'the vote'];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32; };
}

export function report(i: number): { text: string; publishedAt: string; outlet: string; title: string } {
  const r = rng(i * 7919 + 17);
  const pick = <T>(a: T[]) => a[Math.floor(r() * a.length)];
  const place = pick(PLACES);
  const lines: string[] = [];
  for (let k = 0; k < 8; k++) {
    lines.push(`${pick(PEOPLE)} ${pick(VERBS)} on Tuesday that ${pick(NOUNS)} in ${place} had left at least ${Math.floor(r() * 5000) + 10} people affected, report ${i} line ${k}.`);
  }
  const day = String(1 + (i % 28)).padStart(2, '0');
  return { text: lines.join(' '), publishedAt: `2023-09-${day}`, outlet: `Outlet ${i % 5}`, title: `Report ${i} from ${place}` };
}

export function jsonl(n: number, from = 0): string {
  return Array.from({ length: n }, (_, k) => JSON.stringify(report(from + k))).join('\n') + '\n';
}
