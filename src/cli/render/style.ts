/** ANSI styling that turns itself off (NO_COLOR, pipes). */
export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  head(s: string): string;
  good(s: string): string;
  warn(s: string): string;
  bad(s: string): string;
  accent(s: string): string;
}

const wrap = (on: boolean, a: string, b: string) => (s: string) => (on ? `\x1b[${a}m${s}\x1b[${b}m` : s);

export function style(color: boolean): Style {
  return {
    bold: wrap(color, '1', '22'),
    dim: wrap(color, '2', '22'),
    head: wrap(color, '1;36', '0'),
    good: wrap(color, '32', '39'),
    warn: wrap(color, '33', '39'),
    bad: wrap(color, '31', '39'),
    accent: wrap(color, '35', '39'),
  };
}
