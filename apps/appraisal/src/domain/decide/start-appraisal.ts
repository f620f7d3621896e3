import { CriterionLeaf, leavesResetByResubmission, Points, validateLeafScore } from '@par/domain';
import type { StartAppraisal } from '../appraisal.commands';
import type { AppraisalEvent, AppraisalSelfScore } from '@par/contracts';
import { AppraisalError } from '../appraisal.errors';
import { requireMemberOf, requireNotSent, requireRole } from '../appraisal.guards';
import { AppraisalState, isStarted, StartedAppraisal } from '../appraisal.state';
import { leafToData } from '@par/contracts';
import { valueText } from '../leaf-value';

/**
 * The unit's submission opens its appraisal. A redelivered submission changes nothing; a resubmission
 * after the self-assessment was reopened refreshes the self scores, but only until the unit has seen
 * the appraisal's result.
 */
export function startAppraisal(command: StartAppraisal, state: AppraisalState): AppraisalEvent[] {
  // The actor is whoever submitted (carried over from SelfAssessmentSubmitted), or the admin's import.
  requireRole(command.actor, ['UNIT_REPORTER', 'UNIT_HEAD', 'PROVINCE_ADMIN'], 'start an appraisal');
  if (command.actor.role !== 'PROVINCE_ADMIN') requireMemberOf(command.actor, command.unitId);
  const { cycleId, unitId } = command;
  if (!isStarted(state)) {
    const leaves = new Map(command.leaves.map((leaf) => [leaf.code, leaf]));
    const notApplicable = knownCodes(command.notApplicable, leaves);
    const selfScores = validSelfScores(command, leaves, notApplicable);
    const data = { cycleId, unitId, leaves: command.leaves.map(leafToData), notApplicable: [...notApplicable], selfScores };
    return [{ type: 'AppraisalStarted', schemaVersion: 1, data }];
  }
  if (state.cycleId !== cycleId) throw new AppraisalError('WRONG_CYCLE', `This appraisal belongs to cycle ${state.cycleId}, not ${cycleId}`, 'cycleId');
  if (state.unitId !== unitId) throw new AppraisalError('WRONG_UNIT', `This appraisal belongs to ${state.unitId}, not ${unitId}`, 'unitId');
  // The criteria set is frozen once the cycle opens: a restart is judged against the leaves already held.
  const leaves = new Map([...state.leaves].map(([code, leaf]) => [code, leaf.leaf]));
  const excluded = new Set([...state.leaves.values()].filter((leaf) => leaf.notApplicableBySetup).map((leaf) => leaf.leaf.code));
  const selfScores = validSelfScores(command, leaves, excluded);
  if (sameSelfScores(state, selfScores)) return [];
  requireNotSent(state);
  return [{ type: 'SelfScoresRefreshed', schemaVersion: 1, data: { cycleId, unitId, selfScores, changedCriteria: changedCriteria(state, selfScores) } }];
}

function knownCodes(codes: readonly string[], leaves: ReadonlyMap<string, CriterionLeaf>): Set<string> {
  for (const code of codes) {
    if (!leaves.has(code))
      throw new AppraisalError(
        'CRITERION_UNKNOWN',
        `notApplicable names ${JSON.stringify(code)}, which is not a leaf of the set`,
        `notApplicable[${code}]`,
        code,
      );
  }
  return new Set(codes);
}

/** Each self score checked as libs/domain checks any leaf value; listed in the set's order. */
function validSelfScores(command: StartAppraisal, leaves: ReadonlyMap<string, CriterionLeaf>, excluded: ReadonlySet<string>): AppraisalSelfScore[] {
  const byCode = new Map<string, Points>();
  for (const { criterion, points } of command.selfScores) {
    const field = `selfScores[${criterion}]`;
    const leaf = leaves.get(criterion);
    if (!leaf) throw new AppraisalError('CRITERION_UNKNOWN', `Self score for ${JSON.stringify(criterion)}, which is not a leaf of the set`, field, criterion);
    if (excluded.has(criterion))
      throw new AppraisalError('CRITERION_NOT_APPLICABLE', `Self score for ${criterion}, which is set up as not applicable`, field, criterion);
    if (byCode.has(criterion)) throw new AppraisalError('SCORE_DUPLICATE', `Criterion ${criterion} is self-scored more than once`, field, criterion);
    const valid = validateLeafScore(leaf, points);
    if (!valid.ok) throw valid.error.under(field);
    byCode.set(criterion, valid.value);
  }
  return [...leaves.keys()].flatMap((code) => {
    const points = byCode.get(code);
    return points ? [{ criterion: code, points: points.toString() }] : [];
  });
}

function sameSelfScores(state: StartedAppraisal, selfScores: readonly AppraisalSelfScore[]): boolean {
  const held = [...state.leaves.values()].filter((leaf) => leaf.self !== undefined);
  return held.length === selfScores.length && selfScores.every(({ criterion, points }) => state.leaves.get(criterion)?.self?.toString() === points);
}

/** Leaves whose claim changed fall back to the new self value: the appraiser's review of the old claim is void. */
function changedCriteria(state: StartedAppraisal, selfScores: readonly AppraisalSelfScore[]) {
  const newSelf = new Map(selfScores.map((score) => [score.criterion, Points.of(score.points)]));
  const leaves = [...state.leaves.values()].map((leaf) => ({ code: leaf.leaf.code, notApplicableBySetup: leaf.notApplicableBySetup, self: leaf.self }));
  return leavesResetByResubmission(leaves, newSelf).map(({ criterion, claim }) => ({
    criterion,
    previousPoints: valueText(state.leaves.get(criterion)?.value ?? null),
    points: claim.toString(),
  }));
}
