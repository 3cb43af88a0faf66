import { describe, expect, it } from 'vitest';
import { lines, stackedBars } from '../web/src/lib/server/charts.ts';

/**
 * The funding charts' value axis (issue 13): ticks in millions of kronor, in Swedish. A förbund of a
 * few million a year gets ticks at half millions, which whole numbers showed as the same label twice.
 */
function tickLabels(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*mnkr)<\/text>/g)].map((m) => m[1]!.replace(/\u2212/g, '-'));
}

const parties = ['Staten', 'Region', 'Kommuner'];
const small = [2019, 2020, 2021].flatMap((year) => [
  { year, party: 'Staten', amount: 1_000_000 },
  { year, party: 'Region', amount: 500_000 },
  { year, party: 'Kommuner', amount: 500_000 },
]);

describe('funding charts', () => {
  for (const [name, draw] of [
    ['stacked bars (the förbund page)', stackedBars],
    ['lines (/statistik)', lines],
  ] as const) {
    it(`${name}: every tick of a small förbund's axis reads differently, with a decimal comma`, () => {
      const labels = tickLabels(draw(small, parties, 'Finansiering per år'));
      expect(labels.length).toBeGreaterThan(2);
      expect(new Set(labels).size).toBe(labels.length);
      expect(labels.some((label) => /^\d+,\d+ mnkr$/.test(label))).toBe(true);
    });
  }

  it('keeps whole millions for a large förbund', () => {
    const large = small.map((row) => ({ ...row, amount: row.amount * 40 }));
    const labels = tickLabels(stackedBars(large, parties, 'Finansiering per år'));
    expect(labels.length).toBeGreaterThan(2);
    expect(labels.every((label) => /^\d[\d\s]* mnkr$/.test(label.replace(/\u00a0/g, ' ')))).toBe(true);
  });
});
