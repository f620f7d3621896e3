import { describe, expect, it } from 'vitest';
import { appraisalOutcome, isChanged } from './appraisal-changes';
import { criteriaOfUnit, sheetOf } from './criteria-sheet';
import { evidenceOf } from './evidence-draft';
import { hundredthsOf, pointsOf, ratioAsPercent, samePoints, sumPoints } from './points';
import { scoreOptions } from './score-options';
import { appraisalTrail, cycle, emptySheet, sentAppraisal, UNIT } from './self-assessment.fixture';

describe('points in whole hundredths, never floats', () => {
  it('reads and writes the API’s decimal text', () => {
    expect([hundredthsOf('1.25'), hundredthsOf('2'), hundredthsOf('0.5'), hundredthsOf('-0.50'), hundredthsOf('1.255'), hundredthsOf('abc')]).toEqual([
      125,
      200,
      50,
      -50,
      null,
      null,
    ]);
    expect([pointsOf(125), pointsOf(5), pointsOf(-50)]).toEqual(['1.25', '0.05', '-0.50']);
  });

  it('sums exactly where floats would not (0.1 + 0.2)', () => {
    expect(sumPoints(['0.10', '0.20', null])).toBe('0.30');
    expect(samePoints('0.5', '0.50')).toBe(true);
  });

  it('a band’s ratio as a percentage', () => {
    expect([ratioAsPercent('1'), ratioAsPercent('0.95'), ratioAsPercent('0.955'), ratioAsPercent('0.5')]).toEqual(['100', '95', '95.5', '50']);
  });
});

describe('the values a leaf’s method can give', () => {
  it('bands: each band’s points and 0; all-or-nothing: max or 0; manual: any step (null)', () => {
    const bands = scoreOptions(
      {
        kind: 'bands',
        bands: [
          { minRatio: '1', points: '2' },
          { minRatio: '0.95', points: '1.00' },
        ],
      },
      '2.00',
    );
    expect(bands?.map((option) => option.points)).toEqual(['2.00', '1.00', '0.00']);
    expect(scoreOptions({ kind: 'allOrNothing' }, '1.5')?.map((option) => option.points)).toEqual(['1.50', '0.00']);
    expect(scoreOptions({ kind: 'manual', step: '0.25' }, '1.00')).toBeNull();
  });

  it('deductions: max less whole deductions, down to max − cap', () => {
    expect(scoreOptions({ kind: 'deduction', perOccurrence: '0.5' }, '1.00')?.map((option) => option.points)).toEqual(['1.00', '0.50', '0.00']);
    const capped = scoreOptions({ kind: 'deduction', perOccurrence: '0.50', cap: '1.25' }, '2.00');
    expect(capped?.map((option) => [option.points, option.because])).toEqual([
      ['2.00', { violations: 0 }],
      ['1.50', { violations: 1 }],
      ['1.00', { violations: 2 }],
      ['0.75', { violations: 3, orMore: true }],
    ]);
  });
});

describe('the unit’s sheet as fields → leaves with running totals', () => {
  it('the unit’s set, its fields in order, totals over applicable leaves; survey leaves are not the unit’s to score', () => {
    const sheet = emptySheet();
    sheet.leaves[0].points = '0.75';
    sheet.leaves[3] = { ...sheet.leaves[3], applicable: false };
    const view = sheetOf(criteriaOfUnit(cycle, UNIT)!, sheet);
    expect(view.fields.map((field) => [field.code, field.selfTotal, field.applicableMax, field.leaves.map((leaf) => leaf.criterion)])).toEqual([
      ['1', '0.75', '5.50', ['1.1', '1.2', '1.3']],
      ['6', '0.00', '1.00', ['6.4', '6.5']],
    ]);
    expect([view.selfTotal, view.applicableMax, view.scored, view.scorable]).toEqual(['0.75', '6.50', 1, 3]);
    expect(criteriaOfUnit(cycle, 'so-khac')).toBeNull();
  });
});

describe('what the appraisal changed', () => {
  it('a changed value or not applicable is listed with the appraiser’s last reason; totals as INTERCHANGE.md counts them', () => {
    const outcome = appraisalOutcome(sentAppraisal(), appraisalTrail().entries);
    expect(outcome.changed.map((leaf) => [leaf.criterion, leaf.selfPoints, leaf.appraisedPoints, leaf.reason])).toEqual([
      ['1.1', '1.00', '0.75', 'Kế hoạch ban hành muộn 5 ngày'],
      ['6.4', '1.00', null, 'Không có dự án PPP'],
    ]);
    expect([outcome.selfTotal, outcome.appraisedTotal, outcome.applicableMax]).toEqual(['4.00', '2.25', '3.00']);
    expect(outcome.deductions.map((deduction) => deduction.id)).toEqual(['d1']);
    expect(outcome.bonuses).toEqual([]);
  });

  it('a leaf the council restored stays listed (it was explained)', () => {
    const restored = { ...sentAppraisal().leaves[0], points: '1.00', explanation: 'resolved' as const };
    expect(isChanged(restored)).toBe(true);
    expect(isChanged({ ...restored, explanation: 'none' })).toBe(false);
  });
});

describe('evidence as typed', () => {
  it('blank rows and blank fields are left out; text is trimmed', () => {
    expect(evidenceOf([{ title: ' Kế hoạch 12 ', documentNo: '', date: '2025-01-15' }, {}, { title: '  ' }])).toEqual([
      { title: 'Kế hoạch 12', date: '2025-01-15' },
    ]);
  });
});
