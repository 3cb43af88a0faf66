import { describe, expect, it } from 'vitest';
import { protectForbundSums, protectNationalSums, protectOutcomeSums, wilsonInterval, type OutcomeCell } from '../src/data/outcome-rules.ts';

/**
 * Issue 15: the Wilson interval and the two protection rules of outcome sums, without a database. The
 * expected intervals are computed here from the definition, not by calling the code under test: the
 * Wilson interval is the set of p for which |x/n − p| ≤ z·√(p(1−p)/n), i.e. the roots of
 * (1 + z²/n)p² − (2x/n + z²/n)p + (x/n)² = 0.
 */

const Z = 1.959964;

function roots(x: number, n: number): [number, number] {
  const a = 1 + (Z * Z) / n;
  const b = -((2 * x) / n + (Z * Z) / n);
  const c = (x / n) ** 2;
  const d = Math.sqrt(b * b - 4 * a * c);
  return [(-b - d) / (2 * a), (-b + d) / (2 * a)];
}

let serial = 0;
function cell(forbundId: string, participants: number, situation: [number, number, number, number] | null, split?: [number, number]): OutcomeCell {
  const [women, men] = split ?? [Math.floor(participants / 2), participants - Math.floor(participants / 2)];
  return {
    forbundId,
    projectId: `p${serial++}`,
    year: 2010,
    targetGroups: ['LONG_TERM_UNEMPLOYED'],
    participants,
    women,
    men,
    situation: situation && { work: situation[0], studies: situation[1], jobSeeking: situation[2], other: situation[3] },
  };
}

describe('wilsonInterval', () => {
  it.each([
    [20, 40],
    [10, 25],
    [2, 3],
    [0, 12],
    [12, 12],
    [47, 93],
  ])('%i of %i: the roots of the defining quadratic, to 3 decimals', (x, n) => {
    const [low, high] = roots(x, n);
    const interval = wilsonInterval(x, n)!;
    expect(interval.low).toBeCloseTo(low, 3);
    expect(interval.high).toBeCloseTo(high, 3);
    expect(interval.low).toBeLessThanOrEqual(x / n);
    expect(interval.high).toBeGreaterThanOrEqual(x / n);
  });

  it('matches a published value: 0 of 10 gives 0 to 0.2775 (Newcombe 1998, table I)', () => {
    const interval = wilsonInterval(0, 10)!;
    expect(interval.low).toBeCloseTo(0, 4);
    expect(interval.high).toBeCloseTo(0.2775, 4);
  });

  it('has no interval without a denominator', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });
});

describe('protectOutcomeSums (sums clients may combine)', () => {
  it('shows sums whose every project year is shown on its page', () => {
    const sums = protectOutcomeSums([cell('a', 40, [12, 8, 10, 10]), cell('b', 20, null)], false);
    expect(sums).toMatchObject({ participants: 60, situationReported: 40, work: 12, studies: 8, toWorkOrStudies: 20, shareToWorkOrStudies: 0.5, suppressed: false });
  });

  it('withholds a total from which a withheld project year follows by subtraction (44 − 40 = 4)', () => {
    const sums = protectOutcomeSums([cell('a', 40, [12, 8, 10, 10]), cell('a', 4, null, [2, 2])], false);
    expect(sums.participants).toBeNull();
    // The situation sums hold only the first year, shown on its page: they stay.
    expect(sums.situationReported).toBe(40);
    expect(sums.suppressed).toBe(true);
  });

  it('withholds the situation when a year of it is withheld on its page, also when the remainder alone is small', () => {
    // 36 of 40 reported: the 4 not stated are a small count on the page, so the four counts are withheld there.
    const sums = protectOutcomeSums([cell('a', 40, [10, 6, 12, 8]), cell('b', 30, [10, 10, 5, 5])], false);
    expect(sums.participants).toBe(70);
    expect([sums.situationReported, sums.toWorkOrStudies, sums.work, sums.shareToWorkOrStudies, sums.shareInterval]).toEqual([null, null, null, null, null]);
  });

  it('withholds a small denominator, and is exact for who sees exactly', () => {
    const cells = [cell('c', 3, [1, 1, 1, 0], [1, 2])];
    expect(protectOutcomeSums(cells, false)).toMatchObject({ participants: null, situationReported: null, shareToWorkOrStudies: null, shareInterval: null, suppressed: true });
    const exact = protectOutcomeSums(cells, true);
    expect(exact).toMatchObject({ participants: 3, situationReported: 3, toWorkOrStudies: 2, suppressed: false });
    expect(exact.shareToWorkOrStudies).toBeCloseTo(2 / 3, 10);
    const [low, high] = roots(2, 3);
    expect(exact.shareInterval!.low).toBeCloseTo(low, 3);
    expect(exact.shareInterval!.high).toBeCloseTo(high, 3);
  });
});

describe('protectNationalSums (the one national answer of a year)', () => {
  const withheldInThree = [cell('a', 30, [10, 10, 10, 0]), cell('b', 30, [3, 7, 10, 10]), cell('c', 30, [8, 2, 10, 10])];

  it('shows situation sums whose withheld part spans enough project years, for the public and every förbund', () => {
    const sums = protectNationalSums(withheldInThree, false);
    expect(sums).toMatchObject({ participants: 90, situationReported: 90, toWorkOrStudies: 40, suppressed: false });
    expect(sums.shareToWorkOrStudies).toBeCloseTo(40 / 90, 10);
  });

  it('withholds them when one förbund, knowing its own, would be left with a single withheld year', () => {
    const sums = protectNationalSums(withheldInThree.slice(0, 2), false);
    expect(sums.situationReported).toBeNull();
    expect(sums.toWorkOrStudies).toBeNull();
    expect(sums.participants).toBe(60);
  });

  it('withholds them when the withheld part to work or studies is small', () => {
    const sums = protectNationalSums([cell('a', 30, [1, 1, 14, 14]), cell('b', 30, [1, 1, 14, 14]), cell('c', 30, [1, 1, 14, 14])], false);
    expect(sums.toWorkOrStudies).toBeNull();
  });

  it('gives national_admin everything exact', () => {
    expect(protectNationalSums(withheldInThree.slice(0, 1), true)).toMatchObject({ participants: 30, situationReported: 30, toWorkOrStudies: 20, suppressed: false });
  });
});

describe('protectForbundSums (a förbund in a year)', () => {
  it('shows the share of a förbund whose withheld project years are two or more, with every part 5 or more', () => {
    // Both withheld on their pages (studies 3, other 2): together 60 reported, 20 to work or studies.
    const sums = protectForbundSums([cell('a', 30, [7, 3, 10, 10]), cell('a', 30, [8, 2, 10, 10])], false);
    expect(sums).toMatchObject({ participants: 60, situationReported: 60, toWorkOrStudies: 20, suppressed: false });
    expect(sums.shareToWorkOrStudies).toBeCloseTo(1 / 3, 10);
  });

  it('withholds it when one withheld project year, or a small part, would follow by subtraction', () => {
    const one = protectForbundSums([cell('a', 40, [12, 8, 10, 10]), cell('a', 30, [8, 2, 10, 10])], false);
    expect([one.situationReported, one.toWorkOrStudies, one.shareInterval]).toEqual([null, null, null]);
    expect(one.participants).toBe(70);
    const small = protectForbundSums([cell('a', 10, [1, 1, 4, 4]), cell('a', 10, [1, 1, 4, 4])], false);
    expect(small.toWorkOrStudies).toBeNull();
  });
});

describe('protectNationalSums beside the förbund', () => {
  it('withholds the nation when it, minus a förbund shown, leaves another förbund one withheld year to work out', () => {
    // a shows its sums (two withheld years); b and c one withheld year each, so theirs are withheld. The
    // public would learn b1 + c1 from the nation minus a; b's editors, who know b1, would learn c1.
    const cells = [cell('a', 30, [7, 3, 10, 10]), cell('a', 30, [8, 2, 10, 10]), cell('b', 30, [8, 2, 10, 10]), cell('c', 30, [8, 2, 10, 10])];
    expect(protectForbundSums(cells.slice(0, 2), false).situationReported).toBe(60);
    expect(protectNationalSums(cells, false)).toMatchObject({ participants: 120, situationReported: null, toWorkOrStudies: null, suppressed: true });
    // With a third förbund of one withheld year, each förbund's editors are left two: shown.
    const more = [...cells, cell('d', 30, [8, 2, 10, 10])];
    expect(protectNationalSums(more, false)).toMatchObject({ situationReported: 150, toWorkOrStudies: 50, suppressed: false });
  });
});
