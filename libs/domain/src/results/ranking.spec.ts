import fc from 'fast-check';
import { IndexValue, rankWithinGroup } from '..';

const unit = (unitId: string, index: string | null) => ({ unitId, index: index === null ? null : IndexValue.of(index) });
const table = (units: ReturnType<typeof unit>[]) => rankWithinGroup(units).map(({ rank, unitId, index }) => [rank, unitId, index?.toString() ?? null]);

describe('rankWithinGroup', () => {
  it('ranks by index, highest first, with ties sharing a rank and the next rank skipped (1, 2, 2, 4)', () => {
    expect(table([unit('so-y-te', '81.20'), unit('so-tu-phap', '92.27'), unit('so-noi-vu', '86.85'), unit('ban-dan-toc', '86.85')])).toEqual([
      [1, 'so-tu-phap', '92.27'],
      [2, 'ban-dan-toc', '86.85'],
      [2, 'so-noi-vu', '86.85'],
      [4, 'so-y-te', '81.20'],
    ]);
  });

  it('breaks no tie: units equal to 2 decimals share the rank and are listed by unit id', () => {
    expect(table([unit('b', '66.67'), unit('c', '66.67'), unit('a', '66.67')])).toEqual([
      [1, 'a', '66.67'],
      [1, 'b', '66.67'],
      [1, 'c', '66.67'],
    ]);
  });

  it('ranks units with no index (nothing applicable) last, sharing the rank after every indexed unit', () => {
    expect(table([unit('z', null), unit('x', '40.00'), unit('y', null), unit('w', '40.00')])).toEqual([
      [1, 'w', '40.00'],
      [1, 'x', '40.00'],
      [3, 'y', null],
      [3, 'z', null],
    ]);
  });

  it('keeps what else each row carries', () => {
    const [row] = rankWithinGroup([{ unitId: 'so-x', index: IndexValue.of('66.67'), name: 'Sở X' }]);
    expect(row).toEqual({ unitId: 'so-x', index: IndexValue.of('66.67'), name: 'Sở X', rank: 1 });
  });

  it('refuses a unit listed twice', () => {
    expect(() => rankWithinGroup([unit('a', '1.00'), unit('a', '2.00')])).toThrow(expect.objectContaining({ code: 'UNIT_DUPLICATE' }));
  });

  it('ranks an empty group as nothing', () => {
    expect(rankWithinGroup([])).toEqual([]);
  });
});

describe('rankWithinGroup properties', () => {
  /** Few distinct indexes, so ties are common. */
  const group = fc
    .uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 30 })
    .chain((ids) =>
      fc.tuple(
        ...ids.map((id) => fc.option(fc.integer({ min: 9_990, max: 10_000 }), { nil: null }).map((h) => unit(id, h === null ? null : (h / 100).toFixed(2)))),
      ),
    );
  const strictlyAhead = (a: IndexValue | null, b: IndexValue | null) => a !== null && (b === null || a.compareTo(b) > 0);
  const sameIndex = (a: IndexValue | null, b: IndexValue | null) => (a === null || b === null ? a === b : a.equals(b));

  it('rank = 1 + the number of units with a strictly greater index', () => {
    fc.assert(
      fc.property(group, (units) => {
        for (const row of rankWithinGroup(units)) {
          expect(row.rank).toBe(1 + units.filter((other) => strictlyAhead(other.index, row.index)).length);
        }
      }),
    );
  });

  it('equal index ⇔ equal rank', () => {
    fc.assert(
      fc.property(group, (units) => {
        const ranked = rankWithinGroup(units);
        for (const a of ranked) for (const b of ranked) expect(sameIndex(a.index, b.index)).toBe(a.rank === b.rank);
      }),
    );
  });

  it('lists by rank, then unit id', () => {
    fc.assert(
      fc.property(group, (units) => {
        const ranked = rankWithinGroup(units);
        ranked.slice(1).forEach((row, position) => {
          const previous = ranked[position];
          expect(previous.rank < row.rank || (previous.rank === row.rank && previous.unitId < row.unitId)).toBe(true);
        });
      }),
    );
  });

  it('gives the same table for any order of the same units', () => {
    const shuffledGroup = group.chain((units) => fc.tuple(fc.constant(units), fc.shuffledSubarray(units, { minLength: units.length })));
    fc.assert(
      fc.property(shuffledGroup, ([units, shuffled]) => {
        expect(rankWithinGroup(shuffled)).toEqual(rankWithinGroup(units));
      }),
    );
  });
});
