import { given } from '@par/testing';
import { parseSubmissionsEvent } from '../contracts';
import { eventMetadata } from '../shared/event-metadata';
import { newEvent } from '../shared/new-event';
import { appraiser, headOf, nationalViewer, provinceAdmin, reporterOf } from '../testing/actors';
import { departmentsLeaves } from '../testing/criteria.fixture';
import { CYCLE } from '../testing/cycle.fixture';
import { treeFromData } from '../shared/criteria-data';
import { openContext, plan, planData, reopened, selfScored, submitted, UNIT } from '../testing/self-assessment.fixture';
import type { ScoreCriterion, SubmitSelfAssessment } from './self-assessment.commands';
import { selfAssessmentDecider } from './self-assessment.decide';

const reporter = reporterOf(UNIT);
const head = headOf(UNIT);
const sheet = { cycleId: CYCLE, unitId: UNIT, context: openContext() };
const score = (criterion: string, points: number | string, extra: Partial<ScoreCriterion> = {}): ScoreCriterion => ({
  ...sheet,
  actor: reporter,
  type: 'ScoreCriterion',
  criterion,
  points,
  evidence: [plan],
  ...extra,
});
const submit: SubmitSelfAssessment = { ...sheet, actor: head, type: 'SubmitSelfAssessment' };
const reopen = { ...sheet, actor: provinceAdmin, type: 'ReopenSelfAssessment' as const, reason: 'Đơn vị đề nghị bổ sung minh chứng' };

describe('Self-assessment: drafting scores', () => {
  it('the unit reporter scores 1.1 at 0.75 with the plan as evidence', () =>
    given(selfAssessmentDecider).when(score('1.1', 0.75)).then(selfScored('1.1', '0.75')));

  it('the unit head may draft too; points written "1" are recorded "1.00"', () =>
    given(selfAssessmentDecider)
      .when(score('1.1', '1', { actor: head }))
      .then(selfScored('1.1', '1.00')));

  it('a leaf claimed with a written note and no evidence is accepted', () =>
    given(selfAssessmentDecider)
      .when(score('1.2', 2, { evidence: [], note: 'Hoàn thành 100% nhiệm vụ, số liệu tại báo cáo năm' }))
      .then(selfScored('1.2', '2.00', [], 'Hoàn thành 100% nhiệm vụ, số liệu tại báo cáo năm')));

  it('a 0 claims nothing and needs neither evidence nor note', () =>
    given(selfAssessmentDecider)
      .when(score('1.2', 0, { evidence: null }))
      .then(selfScored('1.2', '0.00', [])));

  it('evidence is recorded trimmed, blank optional fields left out, with its section and file', () =>
    given(selfAssessmentDecider)
      .when(score('1.1', 1, { evidence: [{ title: ' Kế hoạch CCHC năm 2025 ', documentNo: '', date: '2025-01-10', section: 'mục II.3', fileRef: 'file-81' }] }))
      .then(selfScored('1.1', '1.00', [{ title: 'Kế hoạch CCHC năm 2025', date: '2025-01-10', section: 'mục II.3', fileRef: 'file-81' }])));

  it('re-scoring 1.1 with the same points, evidence and note decides nothing', () =>
    given(selfAssessmentDecider, selfScored('1.1', '0.75')).when(score('1.1', '0.75')).then());

  it('re-scoring 1.1 with another value replaces the draft', () =>
    given(selfAssessmentDecider, selfScored('1.1', '0.75')).when(score('1.1', 1)).then(selfScored('1.1', '1.00')));

  it('clearing the draft of 1.1 records the value withdrawn', () =>
    given(selfAssessmentDecider, selfScored('1.1', '0.75'))
      .when({ ...sheet, actor: reporter, type: 'ClearScore', criterion: '1.1' })
      .then(newEvent('SelfScoreCleared', { cycleId: CYCLE, unitId: UNIT, criterion: '1.1', previousPoints: '0.75' })));

  it('a draft of 1.2 left over after a correction removed 1.2 can still be cleared', () =>
    given(selfAssessmentDecider, selfScored('1.2', '2.00'))
      .when({
        ...sheet,
        context: openContext({ leaves: departmentsLeaves.filter((leaf) => leaf.code !== '1.2') }),
        actor: reporter,
        type: 'ClearScore',
        criterion: '1.2',
      })
      .then(newEvent('SelfScoreCleared', { cycleId: CYCLE, unitId: UNIT, criterion: '1.2', previousPoints: '2.00' })));

  it('clearing a leaf that has no draft decides nothing', () =>
    given(selfAssessmentDecider)
      .when({ ...sheet, actor: reporter, type: 'ClearScore', criterion: '1.1' })
      .then());

  it('the handler records the reporter, role and unit as event metadata', () =>
    expect(eventMetadata(score('1.1', 0.75))).toEqual({ actor: 'reporter.so-tu-phap', role: 'UNIT_REPORTER', actorUnitId: 'so-tu-phap' }));
});

describe('Self-assessment: who may score', () => {
  it('a reporter of Sở Y tế cannot score Sở Tư pháp’s 1.1 → WRONG_UNIT', () =>
    given(selfAssessmentDecider)
      .when(score('1.1', 0.75, { actor: reporterOf('so-y-te') }))
      .thenRejects('WRONG_UNIT'));

  it('an appraiser cannot write the unit’s self score → ROLE_NOT_ALLOWED', () =>
    given(selfAssessmentDecider)
      .when(score('1.1', 0.75, { actor: appraiser }))
      .thenRejects('ROLE_NOT_ALLOWED'));

  it('the national viewer never writes → ROLE_NOT_ALLOWED', () =>
    given(selfAssessmentDecider)
      .when(score('1.1', 0.75, { actor: nationalViewer }))
      .thenRejects('ROLE_NOT_ALLOWED'));

  it('while the cycle is still in setup → CYCLE_NOT_OPEN', () =>
    given(selfAssessmentDecider)
      .when(score('1.1', 0.75, { context: openContext({ cycleStatus: 'setup' }) }))
      .thenRejects('CYCLE_NOT_OPEN'));

  it('once the cycle is closed → CYCLE_CLOSED', () =>
    given(selfAssessmentDecider)
      .when(score('1.1', 0.75, { context: openContext({ cycleStatus: 'closed' }) }))
      .thenRejects('CYCLE_CLOSED'));
});

describe('Self-assessment: what a score must be', () => {
  const rejects = (command: ScoreCriterion, code: string, field: string) =>
    expect(() => selfAssessmentDecider.decide(command, selfAssessmentDecider.initialState())).toThrow(expect.objectContaining({ code, field }));

  it('scoring 9.9, which the departments set does not have → CRITERION_UNKNOWN', () => rejects(score('9.9', 1), 'CRITERION_UNKNOWN', 'scores[9.9].criterion'));

  it('scoring 6.4 (PPP), not applicable to Sở Tư pháp → CRITERION_NOT_APPLICABLE', () =>
    rejects(score('6.4', 1), 'CRITERION_NOT_APPLICABLE', 'scores[6.4].criterion'));

  it('scoring 1.3, held for the sociological survey → CRITERION_SCORED_BY_SURVEY', () =>
    rejects(score('1.3', 2), 'CRITERION_SCORED_BY_SURVEY', 'scores[1.3].criterion'));

  it('scoring 1.1 at 1.25 when its max is 1 → SCORE_ABOVE_MAX', () => rejects(score('1.1', 1.25), 'SCORE_ABOVE_MAX', 'scores[1.1].points'));

  it('scoring 1.1 at -0.25 → SCORE_BELOW_ZERO', () => rejects(score('1.1', -0.25), 'SCORE_BELOW_ZERO', 'scores[1.1].points'));

  it('scoring 1.1 at 0.755 → POINTS_TOO_MANY_DECIMALS', () => rejects(score('1.1', 0.755), 'POINTS_TOO_MANY_DECIMALS', 'scores[1.1].points'));

  it('scoring 1.1 at 0.3 when the step is 0.25 → SCORE_OFF_STEP', () => rejects(score('1.1', 0.3), 'SCORE_OFF_STEP', 'scores[1.1].points'));

  it('scoring 1.2 (bands 2 / 1) at 1.5 → SCORE_NOT_A_BAND', () => rejects(score('1.2', 1.5), 'SCORE_NOT_A_BAND', 'scores[1.2].points'));

  it('scoring 1.1 at "ba phần tư" → POINTS_MALFORMED', () => rejects(score('1.1', 'ba phần tư'), 'POINTS_MALFORMED', 'scores[1.1].points'));

  it('claiming 1.1 at 0.75 with neither evidence nor note → EVIDENCE_OR_NOTE_REQUIRED', () =>
    rejects(score('1.1', 0.75, { evidence: [], note: '  ' }), 'EVIDENCE_OR_NOTE_REQUIRED', 'scores[1.1].evidence'));

  it('a past cycle imported from its published decision scores 1.1 at 0.75 with neither evidence nor note', () =>
    given(selfAssessmentDecider)
      .when(score('1.1', 0.75, { evidence: [], note: null, fromPublishedRecord: true }))
      .then(selfScored('1.1', '0.75', [], null)));

  it('evidence without a title → FIELD_REQUIRED at the evidence item', () =>
    rejects(score('1.1', 0.75, { evidence: [{ title: '', documentNo: '12/KH-STP' }] }), 'FIELD_REQUIRED', 'scores[1.1].evidence[0].title'));

  it('evidence dated 10/01/2025 → DATE_INVALID', () =>
    rejects(score('1.1', 0.75, { evidence: [{ ...plan, date: '10/01/2025' }] }), 'DATE_INVALID', 'scores[1.1].evidence[0].date'));
});

describe('Self-assessment: submitting', () => {
  const drafted = [selfScored('1.2', '2.00'), selfScored('1.1', '0.75')];

  it('the unit head submits: every final self score in set order, the leaves and what is not applicable, for the appraisal to start from', () =>
    given(selfAssessmentDecider, ...drafted)
      .when(submit)
      .then(
        submitted([
          { criterion: '1.1', points: '0.75' },
          { criterion: '1.2', points: '2.00' },
        ]),
      ));

  it('the submission meets its published contract', () => {
    const [event] = selfAssessmentDecider.decide(submit, drafted.reduce(selfAssessmentDecider.evolve, selfAssessmentDecider.initialState()));
    expect(parseSubmissionsEvent(event.type, event.schemaVersion, event.data)).toEqual(event);
    expect(event.data).toMatchObject({ selfTotal: '2.75', notApplicable: ['6.4'] });
  });

  it('submitting at 23:00 on the due date (Vietnam time) is on time', () =>
    given(selfAssessmentDecider, ...drafted)
      .when({ ...submit, context: openContext({ now: '2025-11-15T23:00:00+07:00' }) })
      .thenMatches({ type: 'SelfAssessmentSubmitted' }));

  it('submitting the day after the due date → DEADLINE_PASSED', () =>
    given(selfAssessmentDecider, ...drafted)
      .when({ ...submit, context: openContext({ now: '2025-11-16T08:00:00+07:00' }) })
      .thenRejects('DEADLINE_PASSED'));

  it('a due instant is taken as is: 17:01 after a 17:00 deadline → DEADLINE_PASSED', () =>
    given(selfAssessmentDecider, ...drafted)
      .when({ ...submit, context: openContext({ selfAssessmentDue: '2025-11-15T17:00:00+07:00', now: '2025-11-15T10:01:00Z' }) })
      .thenRejects('DEADLINE_PASSED'));

  it('a reporter cannot submit: the head answers for the unit → ROLE_NOT_ALLOWED', () =>
    given(selfAssessmentDecider, ...drafted)
      .when({ ...submit, actor: reporter })
      .thenRejects('ROLE_NOT_ALLOWED'));

  it('the head of Sở Y tế cannot submit Sở Tư pháp’s sheet → WRONG_UNIT', () =>
    given(selfAssessmentDecider, ...drafted)
      .when({ ...submit, actor: headOf('so-y-te') })
      .thenRejects('WRONG_UNIT'));

  it('submitting again decides nothing', () =>
    given(selfAssessmentDecider, ...drafted, submitted([]))
      .when(submit)
      .then());

  it('after submission, changing 1.1 → SELF_ASSESSMENT_LOCKED', () =>
    given(selfAssessmentDecider, ...drafted, submitted([]))
      .when(score('1.1', 1))
      .thenRejects('SELF_ASSESSMENT_LOCKED'));

  it('after submission, clearing 1.2 → SELF_ASSESSMENT_LOCKED', () =>
    given(selfAssessmentDecider, ...drafted, submitted([]))
      .when({ ...sheet, actor: reporter, type: 'ClearScore', criterion: '1.2' })
      .thenRejects('SELF_ASSESSMENT_LOCKED'));

  it('after submission, repeating 1.1 exactly as drafted changes nothing, so decides nothing', () =>
    given(selfAssessmentDecider, ...drafted, submitted([]))
      .when(score('1.1', 0.75))
      .then());

  it('6.4 drafted before it was declared not applicable must be cleared first → CRITERION_NOT_APPLICABLE', () =>
    given(selfAssessmentDecider, ...drafted, selfScored('6.4', '1.00'))
      .when(submit)
      .thenRejects('CRITERION_NOT_APPLICABLE'));

  it('1.2 drafted before a correction removed it → CRITERION_UNKNOWN', () =>
    given(selfAssessmentDecider, ...drafted)
      .when({ ...submit, context: openContext({ leaves: departmentsLeaves.filter((leaf) => leaf.code !== '1.2') }) })
      .thenRejects('CRITERION_UNKNOWN'));

  it('1.1 drafted at 0.75 before a correction set its step to 0.5 → SCORE_OFF_STEP', () => {
    const corrected = treeFromData([
      { code: '1.1', title: 'Kế hoạch CCHC năm', maxPoints: '1.00', method: { kind: 'manual', step: '0.50' }, source: 'self' },
    ]).leaves();
    given(selfAssessmentDecider, selfScored('1.1', '0.75'))
      .when({ ...submit, context: openContext({ leaves: corrected, notApplicable: [] }) })
      .thenRejects('SCORE_OFF_STEP');
  });
});

describe('Self-assessment: reopening', () => {
  const submittedSheet = [selfScored('1.1', '0.75'), submitted([{ criterion: '1.1', points: '0.75' }])];

  it('the province admin reopens a submitted sheet with a reason', () =>
    given(selfAssessmentDecider, ...submittedSheet)
      .when(reopen)
      .then(reopened()));

  it('the reason is recorded in the event data and in its metadata', () =>
    expect(eventMetadata(reopen)).toMatchObject({ role: 'PROVINCE_ADMIN', reason: 'Đơn vị đề nghị bổ sung minh chứng' }));

  it('once reopened the reporter may change 1.1 again', () =>
    given(selfAssessmentDecider, ...submittedSheet, reopened())
      .when(score('1.1', 1))
      .then(selfScored('1.1', '1.00')));

  it('once reopened the head may resubmit after the due date: submission 2', () =>
    given(selfAssessmentDecider, ...submittedSheet, reopened())
      .when({ ...submit, context: openContext({ now: '2025-11-20T09:00:00+07:00' }) })
      .then(submitted([{ criterion: '1.1', points: '0.75' }], 2)));

  it('without a reason → REASON_REQUIRED', () =>
    given(selfAssessmentDecider, ...submittedSheet)
      .when({ ...reopen, reason: '' })
      .thenRejects('REASON_REQUIRED'));

  it('a sheet still in draft → SELF_ASSESSMENT_NOT_SUBMITTED', () =>
    given(selfAssessmentDecider, selfScored('1.1', '0.75')).when(reopen).thenRejects('SELF_ASSESSMENT_NOT_SUBMITTED'));

  it('the unit head cannot reopen his own sheet → ROLE_NOT_ALLOWED', () =>
    given(selfAssessmentDecider, ...submittedSheet)
      .when({ ...reopen, actor: head })
      .thenRejects('ROLE_NOT_ALLOWED'));

  it('the evidence of a reopened sheet is kept', () =>
    expect([...submittedSheet, reopened()].reduce(selfAssessmentDecider.evolve, selfAssessmentDecider.initialState()).scores.get('1.1')).toEqual({
      criterion: '1.1',
      points: '0.75',
      evidence: [planData],
      note: null,
    }));
});
