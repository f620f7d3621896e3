import fc from 'fast-check';
import { Points, SurveyValueCandidate, surveyValueInForce } from '..';

const DECEMBER_15 = Date.parse('2025-12-15T00:00:00+07:00');
const JANUARY_10 = Date.parse('2026-01-10T09:30:00+07:00');

const value = (campaignId: string, at: number | null, points: string): SurveyValueCandidate => ({ campaignId, at, points: Points.of(points) });
const inForce = (...candidates: SurveyValueCandidate[]) => {
  const chosen = surveyValueInForce(candidates);
  return chosen && `${chosen.campaignId} ${chosen.points}`;
};

describe('surveyValueInForce: the campaign applied latest gives the leaf its points', () => {
  it('has nothing in force when no campaign gave the leaf a value', () => {
    expect(surveyValueInForce([])).toBeUndefined();
  });

  it('keeps the only value there is', () => {
    expect(inForce(value('sipas-2025', DECEMBER_15, '3.50'))).toBe('sipas-2025 3.50');
  });

  it('takes the value applied latest, whatever the campaigns are called or the order they come in', () => {
    const sipas = value('sipas-2025', DECEMBER_15, '3.50');
    const sociological = value('dtxhh-2025', JANUARY_10, '3.20');
    expect(inForce(sipas, sociological)).toBe('dtxhh-2025 3.20');
    expect(inForce(sociological, sipas)).toBe('dtxhh-2025 3.20');
  });

  it('counts a value not yet recorded (no appliedAt: recorded at import) as later than every recorded one', () => {
    expect(inForce(value('sipas-2025', null, '3.10'), value('zz-late', JANUARY_10, '3.50'))).toBe('sipas-2025 3.10');
  });

  it('breaks a tie of instants by the greater campaign id, in code-unit order', () => {
    expect(inForce(value('sipas-2025', DECEMBER_15, '3.50'), value('sipas-2025b', DECEMBER_15, '2.00'))).toBe('sipas-2025b 2.00');
    expect(inForce(value('Sipas', null, '1.00'), value('papi', null, '2.00'))).toBe('papi 2.00'); // "S" (0x53) < "p" (0x70)
  });

  it('lets the greater points win when one campaign gave the leaf two values at the same instant', () => {
    expect(inForce(value('sipas-2025', DECEMBER_15, '3.50'), value('sipas-2025', DECEMBER_15, '3.25'))).toBe('sipas-2025 3.50');
  });

  it('returns the candidate itself, with whatever else the caller put on it', () => {
    const candidates = [
      { ...value('sipas-2025', DECEMBER_15, '3.50'), unit: 'so-tu-phap' },
      { ...value('dtxhh-2025', JANUARY_10, '3.20'), unit: 'so-tu-phap' },
    ];
    expect(surveyValueInForce(candidates)).toBe(candidates[1]);
  });

  it('refuses an instant that is not one (an invalid date), naming the candidate', () => {
    expect(() => surveyValueInForce([value('sipas-2025', DECEMBER_15, '3.50'), value('papi-2025', Number.NaN, '1.00')])).toThrow(
      new RangeError('candidates[1].at NaN must be an instant in epoch milliseconds, or null when not yet recorded'),
    );
  });
});

describe('surveyValueInForce, for any values', () => {
  const candidate = fc.record({
    campaignId: fc.constantFrom('sipas-2025', 'dtxhh-2025', 'papi-2025', 'DGI', 'a', ''),
    at: fc.option(fc.integer({ min: DECEMBER_15 - 5, max: DECEMBER_15 + 5 }), { nil: null }),
    points: fc.integer({ min: 0, max: 1000 }).map((hundredths) => Points.fromHundredths(hundredths)),
  });
  const candidates = fc.array(candidate, { minLength: 1, maxLength: 8 });
  /** Later is greater: null beyond every instant. */
  const instant = (at: number | null) => at ?? Number.POSITIVE_INFINITY;
  const same = (a: SurveyValueCandidate | undefined, b: SurveyValueCandidate | undefined) =>
    a !== undefined && b !== undefined && a.campaignId === b.campaignId && a.at === b.at && a.points.equals(b.points);

  it('is one of the candidates, applied no earlier than any other', () => {
    fc.assert(
      fc.property(candidates, (values) => {
        const chosen = surveyValueInForce(values);
        expect(values).toContain(chosen);
        for (const other of values) expect(instant(chosen!.at)).toBeGreaterThanOrEqual(instant(other.at));
      }),
    );
  });

  it('has the greatest campaign id among those applied at that instant, and the greatest points within it', () => {
    fc.assert(
      fc.property(candidates, (values) => {
        const chosen = surveyValueInForce(values)!;
        const rivals = values.filter((other) => other.at === chosen.at);
        for (const rival of rivals) {
          expect(rival.campaignId <= chosen.campaignId).toBe(true);
          if (rival.campaignId === chosen.campaignId) expect(rival.points.lessThanOrEqual(chosen.points)).toBe(true);
        }
      }),
    );
  });

  it('does not depend on the order the values arrive in', () => {
    fc.assert(
      fc.property(
        candidates.chain((values) => fc.tuple(fc.constant(values), fc.shuffledSubarray(values, { minLength: values.length, maxLength: values.length }))),
        ([values, shuffled]) => {
          expect(same(surveyValueInForce(shuffled), surveyValueInForce(values))).toBe(true);
        },
      ),
    );
  });

  it('is the same whether decided at once or in parts (a late batch of campaigns arriving)', () => {
    fc.assert(
      fc.property(candidates, candidates, (first, second) => {
        const inParts = surveyValueInForce([surveyValueInForce(first)!, surveyValueInForce(second)!]);
        expect(same(inParts, surveyValueInForce([...first, ...second]))).toBe(true);
      }),
    );
  });
});
