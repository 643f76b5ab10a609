const BARS = '▁▂▃▄▅▆▇█';

/** One character per value, scaled to `max` (the largest value when not given); null is a gap. */
export function sparkline(values: readonly (number | null)[], max?: number): string {
  const top = max ?? Math.max(0, ...values.filter((v): v is number => v !== null));
  return values
    .map((v) => {
      if (v === null) return ' ';
      if (top <= 0 || v <= 0) return BARS[0];
      return BARS[Math.min(BARS.length - 1, Math.round((v / top) * (BARS.length - 1)))];
    })
    .join('');
}

/** A horizontal bar of `width` cells for value/max, in eighths. */
export function bar(value: number, max: number, width = 10): string {
  if (max <= 0 || value <= 0) return '';
  const eighths = Math.round((value / max) * width * 8);
  const partial = ' ▏▎▍▌▋▊▉'[eighths % 8]!.trim();
  return '█'.repeat(Math.floor(eighths / 8)) + partial;
}
