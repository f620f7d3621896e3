import type { NewEvent } from '@par/event-store';
import { Points } from '@par/domain';
import { CRITERIA, LEAVES, NOT_APPLICABLE_PER_UNIT, THRESHOLDS, UNITS_PER_CYCLE } from './bench-cycle';
import { seededRandom } from './seeded-random';

/** One stream's events, appended in one call, to the submissions or the appraisal log. */
export interface GeneratedStream {
  readonly log: 'submissions' | 'appraisal';
  readonly streamId: string;
  readonly events: NewEvent[];
}

const ADMIN = { actor: 'vo.van.e', role: 'PROVINCE_ADMIN', actorUnitId: 'so-noi-vu' };
const APPRAISER = { actor: 'tran.thi.b', role: 'APPRAISER', actorUnitId: 'so-noi-vu' };
const CHAIR = { actor: 'pham.van.d', role: 'COUNCIL_CHAIR', actorUnitId: 'ubnd-tinh' };

/**
 * A cycle of UNITS_PER_CYCLE departments as the services would have logged it, type by type valid against
 * @par/contracts: the setup (cycle, criteria set, group, units, applicability, opening), then per unit its
 * self-assessment (a draft score per leaf, the submission with its ~90 scores) and its appraisal (started,
 * each leaf accepted or appraised lower with a reason, two explanations resolved by the council, a bonus, a
 * deduction sometimes removed, the result sent, the finalization listing every leaf). About 190 events a unit.
 */
export function* cycleStreams(cycleNumber: number): Generator<GeneratedStream> {
  const cycleId = `bench-${String(cycleNumber).padStart(4, '0')}`;
  const random = seededRandom(cycleNumber);
  const clock = new Clock(Date.UTC(2025, 0, 1) + cycleNumber * 86_400_000);
  const units = Array.from({ length: UNITS_PER_CYCLE }, (_, index) => `don-vi-${String(index + 1).padStart(3, '0')}`);
  const notApplicable = new Map(units.map((unit, index) => [unit, LEAVES.slice(index % 80, (index % 80) + NOT_APPLICABLE_PER_UNIT).map((leaf) => leaf.code)]));
  const setup: NewEvent[] = [
    event('CycleCreated', { cycleId, year: 2025, title: `Chỉ số CCHC ${cycleId}`, evaluator: 'ubnd-tinh-bench', thresholds: THRESHOLDS }, ADMIN, clock),
    event('CriteriaSetDefined', { cycleId, criteriaSetId: 'set-departments', criteria: CRITERIA }, ADMIN, clock),
    event('GroupDefined', { cycleId, groupId: 'departments', name: 'Sở, ban, ngành', criteriaSetId: 'set-departments', thresholds: null }, ADMIN, clock),
    ...units.map((unitId, index) =>
      event(
        'UnitRegistered',
        { cycleId, unitId, name: `Đơn vị ${index + 1}`, groupId: 'departments', parentId: null, validFrom: null, validTo: null },
        ADMIN,
        clock,
      ),
    ),
    ...units.flatMap((unitId) =>
      notApplicable
        .get(unitId)!
        .map((criterion) => event('ApplicabilitySet', { cycleId, unitId, criterion, applicable: false, reason: 'Đơn vị không có nhiệm vụ này' }, ADMIN, clock)),
    ),
    event('CycleOpened', { cycleId, criteriaSets: [{ criteriaSetId: 'set-departments', version: 1 }] }, ADMIN, clock),
  ];
  yield { log: 'submissions', streamId: `cycle:${cycleId}`, events: setup };
  for (const unitId of units) {
    const skipped = new Set(notApplicable.get(unitId));
    const scored = LEAVES.filter((leaf) => !skipped.has(leaf.code)).map((leaf) => ({
      criterion: leaf.code,
      points: Points.fromHundredths(25 * (2 + Math.floor(random() * 3))).toString(),
      evidence: [{ title: `Báo cáo ${leaf.code} năm 2025`, documentNo: `${Math.floor(random() * 900) + 100}/BC-${unitId}`, date: '2025-06-30' }],
      note: null,
    }));
    yield { log: 'submissions', streamId: `self-assessment:${cycleId}:${unitId}`, events: selfAssessment(cycleId, unitId, scored, [...skipped], clock) };
    yield { log: 'appraisal', streamId: `appraisal:${cycleId}:${unitId}`, events: appraisal(cycleId, unitId, scored, [...skipped], random, clock) };
  }
}

type Scored = { criterion: string; points: string; evidence: object[]; note: null };

function selfAssessment(cycleId: string, unitId: string, scored: readonly Scored[], notApplicable: string[], clock: Clock): NewEvent[] {
  const reporter = { actor: `can-bo.${unitId}`, role: 'UNIT_REPORTER', actorUnitId: unitId };
  const head = { actor: `lanh-dao.${unitId}`, role: 'UNIT_HEAD', actorUnitId: unitId };
  const selfTotal = Points.sum(scored.map((score) => Points.of(score.points))).toString();
  return [
    ...scored.map((score) => event('CriterionSelfScored', { cycleId, unitId, ...score }, reporter, clock)),
    event('SelfAssessmentSubmitted', { cycleId, unitId, submission: 1, leaves: LEAVES, notApplicable, scores: scored, selfTotal }, head, clock),
  ];
}

function appraisal(cycleId: string, unitId: string, scored: readonly Scored[], notApplicable: string[], random: () => number, clock: Clock): NewEvent[] {
  const head = { actor: `lanh-dao.${unitId}`, role: 'UNIT_HEAD', actorUnitId: unitId };
  const reporter = { actor: `can-bo.${unitId}`, role: 'UNIT_REPORTER', actorUnitId: unitId };
  const base = { cycleId, unitId };
  const selfScores = scored.map(({ criterion, points }) => ({ criterion, points }));
  const events: NewEvent[] = [event('AppraisalStarted', { ...base, leaves: LEAVES, notApplicable, selfScores }, head, clock)];
  const final = new Map<string, string | null>(LEAVES.map((leaf) => [leaf.code, null]));
  const lowered: string[] = [];
  for (const { criterion, points } of selfScores) {
    if (random() < 0.15 && points !== '0.00') {
      const lower = Points.of(points).minus(Points.of('0.25')).toString();
      events.push(
        event('CriterionAppraised', { ...base, criterion, previousPoints: points, points: lower, reason: `Minh chứng ${criterion} chưa đủ` }, APPRAISER, clock),
      );
      final.set(criterion, lower);
      lowered.push(criterion);
    } else {
      events.push(event('CriterionAccepted', { ...base, criterion, previousPoints: points, points }, APPRAISER, clock));
      final.set(criterion, points);
    }
  }
  events.push(event('BonusRecorded', { ...base, adjustmentId: 'bonus-1', points: '0.50', reason: 'Sáng kiến cấp tỉnh', ref: '12/QĐ-UBND' }, APPRAISER, clock));
  events.push(event('DeductionRecorded', { ...base, adjustmentId: 'deduction-2', points: '0.25', reason: 'Báo cáo trễ hạn' }, APPRAISER, clock));
  const removed = random() < 0.3;
  if (removed)
    events.push(event('AdjustmentRemoved', { ...base, adjustmentId: 'deduction-2', kind: 'deduction', points: '0.25', reason: 'Đã nộp bù' }, APPRAISER, clock));
  const sentAt = clock.next();
  events.push(
    event(
      'AppraisalResultSent',
      {
        ...base,
        sentAt,
        explanationWindowDays: 5,
        explanationDeadline: new Date(Date.parse(sentAt) + 5 * 86_400_000).toISOString(),
        adjustedCriteria: lowered,
      },
      APPRAISER,
      clock,
    ),
  );
  for (const criterion of lowered.slice(0, 2)) {
    const appraised = final.get(criterion)!;
    const restored = Points.of(appraised).plus(Points.of('0.25')).toString();
    events.push(
      event(
        'ExplanationFiled',
        { ...base, criterion, text: 'Bổ sung minh chứng cả năm', evidence: [{ title: 'Báo cáo bổ sung' }], filedAt: clock.next() },
        reporter,
        clock,
      ),
    );
    events.push(
      event(
        'ExplanationResolved',
        {
          ...base,
          criterion,
          decision: 'changed',
          previousPoints: appraised,
          points: restored,
          reason: 'Đã bổ sung minh chứng',
          votes: { for: 5, against: 1, abstain: 1, members: 7 },
        },
        CHAIR,
        clock,
      ),
    );
    final.set(criterion, restored);
  }
  const values = LEAVES.map((leaf) => ({ criterion: leaf.code, points: final.get(leaf.code) ?? null }));
  const deductionTotal = removed ? '0.00' : '0.25';
  events.push(event('AppraisalFinalized', { ...base, finalizedAt: clock.next(), values, bonusTotal: '0.50', deductionTotal }, CHAIR, clock));
  return events;
}

function event(type: string, data: object, actor: object, clock: Clock): NewEvent {
  return { type, data, metadata: { ...actor, occurredAt: clock.next(), correlationId: 'bench-rebuild' } };
}

/** Instants one second apart. */
class Clock {
  constructor(private at: number) {}
  next(): string {
    this.at += 1_000;
    return new Date(this.at).toISOString();
  }
}
