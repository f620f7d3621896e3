import { ROLES, isRole } from '../roles';
import { AppraisalEventTypes, appraisalEventSchemas, InvalidAppraisalEventError, parseAppraisalEvent } from '.';

const ids = { cycleId: 'demo-2025', unitId: 'so-x' };
const appraised = { ...ids, criterion: '7.3', previousPoints: '1.50', points: '0.75', reason: 'evidence covers 6 months only' };

function rejection(type: string, schemaVersion: number, data: unknown): InvalidAppraisalEventError {
  try {
    parseAppraisalEvent(type, schemaVersion, data);
  } catch (error) {
    if (error instanceof InvalidAppraisalEventError) return error;
    throw error;
  }
  throw new Error('expected the event to be rejected');
}

describe('parseAppraisalEvent', () => {
  it('returns the typed event for a valid one', () => {
    const event = parseAppraisalEvent('CriterionAppraised', 1, appraised);
    expect(event).toEqual({ type: 'CriterionAppraised', schemaVersion: 1, data: appraised });
  });

  it('accepts null as a value: the leaf was (or became) not applicable', () => {
    const marked = { ...ids, criterion: '6.4', previousPoints: '0.00', points: null, reason: 'Không có dự án PPP' };
    expect(parseAppraisalEvent('CriterionMarkedNotApplicable', 1, marked).data).toEqual(marked);
    expect(parseAppraisalEvent('ScoreCorrected', 1, { ...ids, criterion: '6.4', previousPoints: null, points: '0.25', reason: 'QĐ 15' }).data).toMatchObject({
      previousPoints: null,
    });
  });

  it.each<[string, string, number, unknown, string]>([
    ['an unknown type', 'CriterionSelfScored', 1, appraised, 'type'],
    ['a schema version it does not know', 'CriterionAppraised', 2, appraised, 'schemaVersion'],
    ['points without exactly 2 places', 'CriterionAppraised', 1, { ...appraised, points: '0.5' }, 'data.points'],
    ['points as a number', 'CriterionAppraised', 1, { ...appraised, points: 0.75 }, 'data.points'],
    ['negative points', 'DeductionRecorded', 1, { ...ids, adjustmentId: 'deduction-1', points: '-0.50', reason: 'x' }, 'data.points'],
    [
      'a missing reason where it is part of the decision',
      'CriterionMarkedNotApplicable',
      1,
      { ...ids, criterion: '6.4', previousPoints: '0.00', points: null },
      'data.reason',
    ],
    ['a blank reason', 'ScoreCorrected', 1, { ...ids, criterion: '3.2', previousPoints: '1.00', points: '2.00', reason: '  ' }, 'data.reason'],
    [
      'a missing unit',
      'AppraisalFinalized',
      1,
      { cycleId: 'demo-2025', finalizedAt: '2025-12-03T02:00:00.000Z', values: [], bonusTotal: '0.00', deductionTotal: '0.50' },
      'data.unitId',
    ],
    [
      'a vote that is not a whole number',
      'ExplanationResolved',
      1,
      { ...appraised, decision: 'changed', votes: { for: 4.5, against: 2, abstain: 0, members: 7 } },
      'data.votes.for',
    ],
    [
      'a time that is not an ISO instant',
      'AppraisalResultSent',
      1,
      { ...ids, sentAt: '21/11/2025', explanationWindowDays: 5, explanationDeadline: '2025-11-26T02:00:00.000Z', adjustedCriteria: [] },
      'data.sentAt',
    ],
  ])('rejects %s and names the field', (_case, type, schemaVersion, data, field) => {
    const error = rejection(type, schemaVersion, data);
    expect(error.field).toBe(field);
    expect(error.message).toContain(field);
  });
});

describe('appraisal event type names', () => {
  it('are their own constants, each with a schema', () => {
    expect(Object.entries(AppraisalEventTypes).every(([key, value]) => key === value)).toBe(true);
    expect(Object.keys(appraisalEventSchemas).sort()).toEqual(Object.values(AppraisalEventTypes).sort());
  });
});

describe('roles', () => {
  it('are the seven of DOMAIN.md', () => {
    expect(ROLES).toEqual(['UNIT_REPORTER', 'UNIT_HEAD', 'APPRAISER', 'COUNCIL_MEMBER', 'COUNCIL_CHAIR', 'PROVINCE_ADMIN', 'NATIONAL_VIEWER']);
    expect(isRole('APPRAISER')).toBe(true);
    expect(isRole('UNIT_OFFICER')).toBe(false);
  });
});
