import { parseSubmissionsEvent } from './parse-submissions-event';
import { SubmissionsEventTypes } from './submissions-event-types';

const selfScored = {
  cycleId: 'demo-2025',
  unitId: 'so-tu-phap',
  criterion: '1.1',
  points: '0.75',
  evidence: [{ title: 'Kế hoạch CCHC năm 2025', date: '2025-01-10' }],
  note: null,
};

describe('parseSubmissionsEvent (consumers at the edge)', () => {
  it('returns the typed event when the data meets the contract', () =>
    expect(parseSubmissionsEvent(SubmissionsEventTypes.CriterionSelfScored, 1, selfScored)).toEqual({
      type: 'CriterionSelfScored',
      schemaVersion: 1,
      data: selfScored,
    }));

  it('reads a recursive criteria tree', () => {
    const criteria = [
      {
        code: '1',
        title: 'Chỉ đạo',
        children: [{ code: '1.1', title: 'Kế hoạch', maxPoints: '1.00', method: { kind: 'manual', step: '0.25' }, source: 'self' }],
      },
    ];
    expect(parseSubmissionsEvent('CriteriaSetDefined', 1, { cycleId: 'demo-2025', criteriaSetId: 'set-departments', criteria }).data).toMatchObject({
      criteria,
    });
  });

  it('refuses points not written with exactly 2 places, naming the field', () =>
    expect(() => parseSubmissionsEvent('CriterionSelfScored', 1, { ...selfScored, points: '0.750' })).toThrow(
      expect.objectContaining({ code: 'INVALID_SUBMISSIONS_EVENT', field: 'data.points' }),
    ));

  it('refuses a reopening without a reason', () =>
    expect(() => parseSubmissionsEvent('SelfAssessmentReopened', 1, { cycleId: 'demo-2025', unitId: 'so-tu-phap', reason: ' ' })).toThrow(
      expect.objectContaining({ field: 'data.reason' }),
    ));

  it('refuses a type of another service and a schema version it does not know', () => {
    expect(() => parseSubmissionsEvent('CriterionAppraised', 1, {})).toThrow(expect.objectContaining({ field: 'type' }));
    expect(() => parseSubmissionsEvent('CriterionSelfScored', 2, selfScored)).toThrow(expect.objectContaining({ field: 'schemaVersion' }));
  });
});
