import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { number } from '../format.ts';

/**
 * Charts drawn on the server with Observable Plot into SVG (issue 13: a maintained library), so that
 * they show without JavaScript. Plot needs a DOM only to build elements; linkedom's is enough for
 * that, and Plot takes it through its `document` option. Each chart is a picture with a name
 * (role="img", aria-label); the page puts the same figures in a table beside it for screen readers.
 */
const { document } = parseHTML('<!doctype html><html><body></body></html>');
/**
 * What finish() reads and writes of a drawn chart: written out, since the pages' checker knows the DOM's
 * types and the tests' (test/web-charts.test.ts) do not.
 */
interface Drawn {
  tagName: string;
  readonly children: Iterable<Drawn>;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  querySelectorAll(selector: string): Iterable<Drawn>;
  outerHTML: string;
}

/** Colours with at least 3:1 contrast against white (WCAG 2.1, 1.4.11), one per party kind. */
export const PARTY_COLOURS = ['#1f4e9c', '#2e7d32', '#b3541e', '#6a3d9a'];

// The axes carry no titles: the figure's caption says what is measured, and Plot's titles, laid out
// for its own 10 px type, ran into the ticks at the page's size.
const style = { fontSize: '14px', fontFamily: 'inherit', overflow: 'visible' } as const;

function finish(chart: Drawn, label: string): string {
  // With a legend, Plot returns a <figure> holding the legend's swatches and then the chart's <svg>.
  const svg = chart.tagName.toLowerCase() === 'svg' ? chart : [...chart.children].find((child) => child.tagName.toLowerCase() === 'svg');
  svg?.setAttribute('role', 'img');
  svg?.setAttribute('aria-label', label);
  // Plot names its marks' groups (aria-label="bar"), which ARIA forbids on a plain <g> and which
  // says nothing inside a picture with a name of its own (axe: aria-prohibited-attr).
  for (const part of svg?.querySelectorAll('*') ?? []) {
    part.removeAttribute('aria-label');
    part.removeAttribute('aria-description');
  }
  // Plot's legend swatches are small SVGs of their own: decoration beside their text.
  for (const swatch of chart.querySelectorAll('span svg')) swatch.setAttribute('aria-hidden', 'true');
  return chart.outerHTML;
}

const tick = (d: number) => number(d);
// Up to two decimals: a förbund of a few million a year gets ticks at 0,5 mnkr, which whole numbers
// would have shown as "0 mnkr", "1 mnkr", "1 mnkr", ….
const millionsFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });
const millions = (d: number) => `${millionsFormat.format(d / 1_000_000)} mnkr`;

/** Stacked bars, one per year, one colour per party kind. */
export function stackedBars(rows: { year: number; party: string; amount: number }[], parties: string[], label: string): string {
  const chart = Plot.plot({
    document,
    style,
    width: 760,
    height: 340,
    marginLeft: 70,
    x: { label: null, tickFormat: (d: number) => String(d), type: 'band' },
    y: { label: null, tickFormat: millions, grid: true },
    color: { domain: parties, range: PARTY_COLOURS, legend: true },
    marks: [Plot.barY(rows, { x: 'year', y: 'amount', fill: 'party', order: parties }), Plot.ruleY([0])],
  });
  return finish(chart, label);
}

/** Lines over the years, one per party kind. */
export function lines(rows: { year: number; party: string; amount: number }[], parties: string[], label: string): string {
  const chart = Plot.plot({
    document,
    style,
    width: 760,
    height: 340,
    marginLeft: 70,
    // Whole years: ticks only on years, never 2005.5.
    x: { label: null, tickFormat: (d: number) => String(d), interval: 1 },
    y: { label: null, tickFormat: millions, grid: true, zero: true },
    color: { domain: parties, range: PARTY_COLOURS, legend: true },
    marks: [Plot.lineY(rows, { x: 'year', y: 'amount', stroke: 'party', strokeWidth: 2.5, marker: 'circle' }), Plot.ruleY([0])],
  });
  return finish(chart, label);
}

/** Horizontal bars of a share (0 to 1), one per label, e.g. coverage by län. */
export function shareBars(rows: { label: string; share: number }[], label: string): string {
  const chart = Plot.plot({
    document,
    style,
    width: 760,
    height: Math.max(120, rows.length * 26 + 50),
    marginLeft: 190,
    x: { label: null, domain: [0, 100], percent: true, grid: true, tickFormat: (d: number) => `${d} %` },
    y: { label: null, domain: rows.map((r) => r.label) },
    marks: [Plot.barX(rows, { x: 'share', y: 'label', fill: PARTY_COLOURS[0] }), Plot.ruleX([0])],
  });
  return finish(chart, label);
}

/** Horizontal bars of counts, one per label, e.g. active projects by target group. */
export function countBars(rows: { label: string; value: number }[], label: string): string {
  const chart = Plot.plot({
    document,
    style,
    width: 760,
    height: Math.max(120, rows.length * 28 + 50),
    marginLeft: 210,
    x: { label: null, tickFormat: tick, grid: true },
    y: { label: null, domain: rows.map((r) => r.label) },
    marks: [Plot.barX(rows, { x: 'value', y: 'label', fill: PARTY_COLOURS[1] }), Plot.ruleX([0])],
  });
  return finish(chart, label);
}
