import type { ResolveExplanation } from '../appraisal.commands';
import type { AppraisalEvent, CouncilVotes } from '@par/contracts';
import { AppraisalError } from '../appraisal.errors';
import { requireLeaf, requireLeafPoints, requireReason, requireRole, requireSent, requireStarted } from '../appraisal.guards';
import { AppraisalState, LeafState } from '../appraisal.state';
import { LeafValue, sameValue, valueText } from '../leaf-value';

/**
 * The chair records the council's decision on an explanation and its vote. A council decides by a
 * majority of more than half of ALL its members (for × 2 > members): exactly half is no majority, and
 * absent members count against.
 */
export function resolveExplanation(command: ResolveExplanation, state: AppraisalState): AppraisalEvent[] {
  requireRole(command.actor, ['COUNCIL_CHAIR'], 'record a council resolution');
  const appraisal = requireStarted(state);
  requireSent(appraisal);
  const { criterion, decision } = command;
  const leaf = requireLeaf(appraisal, criterion);
  if (leaf.explanation === 'none')
    throw new AppraisalError('EXPLANATION_NOT_FOUND', `${appraisal.unitId} has filed no explanation of ${criterion}`, 'criterion', criterion);
  if (leaf.explanation === 'resolved')
    throw new AppraisalError('EXPLANATION_ALREADY_RESOLVED', `The explanation of ${criterion} is already resolved`, 'criterion', criterion);
  const points = decidedValue(command, leaf);
  const reason = requireReason(command.reason, `council resolution on ${criterion}`, criterion);
  const votes = requireMajority(command.votes, criterion);
  const data = {
    cycleId: appraisal.cycleId,
    unitId: appraisal.unitId,
    criterion,
    decision,
    previousPoints: valueText(leaf.value),
    points: valueText(points),
    reason,
    votes,
  };
  return [{ type: 'ExplanationResolved', schemaVersion: 1, data }];
}

/** `upheld` keeps the appraised value; `changed` needs new points the leaf allows. */
function decidedValue(command: ResolveExplanation, leaf: LeafState): LeafValue {
  const { criterion, decision, points } = command;
  if (decision === 'upheld') {
    if (points !== undefined)
      throw new AppraisalError('POINTS_NOT_EXPECTED', `An upheld decision keeps ${criterion}'s value: give no points`, 'points', criterion);
    return leaf.value;
  }
  if (decision !== 'changed')
    throw new AppraisalError('DECISION_INVALID', `decision ${JSON.stringify(decision)} must be upheld or changed`, 'decision', criterion);
  if (points === undefined) throw new AppraisalError('POINTS_REQUIRED', `A changed decision on ${criterion} needs the new points`, 'points', criterion);
  const value = requireLeafPoints(leaf, points);
  if (sameValue(value, leaf.value))
    throw new AppraisalError('POINTS_UNCHANGED', `${criterion} is already ${value}: that decision is upheld, not changed`, 'points', criterion);
  return value;
}

function requireMajority(votes: CouncilVotes | undefined, criterion: string): CouncilVotes {
  if (!votes) throw new AppraisalError('VOTES_INVALID', 'The council vote is required', 'votes', criterion);
  for (const key of ['for', 'against', 'abstain'] as const) {
    if (!Number.isInteger(votes[key]) || votes[key] < 0)
      throw new AppraisalError('VOTES_INVALID', `votes.${key} must be a whole number ≥ 0`, `votes.${key}`, criterion);
  }
  if (!Number.isInteger(votes.members) || votes.members < 1)
    throw new AppraisalError('VOTES_INVALID', 'votes.members must be a whole number ≥ 1', 'votes.members', criterion);
  if (votes.for + votes.against + votes.abstain > votes.members) {
    throw new AppraisalError(
      'VOTES_INVALID',
      `${votes.for + votes.against + votes.abstain} votes cast by a council of ${votes.members}`,
      'votes.members',
      criterion,
    );
  }
  if (votes.for * 2 <= votes.members) {
    throw new AppraisalError(
      'NO_MAJORITY',
      `${votes.for} of ${votes.members} members is not more than half: the council has not decided`,
      'votes.for',
      criterion,
    );
  }
  return { for: votes.for, against: votes.against, abstain: votes.abstain, members: votes.members };
}
