import { isDeepStrictEqual } from 'node:util';
import { Points } from '@par/domain';
import type { Decider } from '@par/event-store';
import type { Role } from '../contracts';
import { leafToData } from '../contracts';
import { requireOwnUnit, requireRole } from '../shared/actor';
import { requireOpen } from '../shared/cycle-status';
import { isPast, requireInstant } from '../shared/dates';
import { requireReason, requireText } from '../shared/input';
import { newEvent } from '../shared/new-event';
import { parseDraftScore, recheckDraftScore } from './draft-score';
import type { ClearScore, ReopenSelfAssessment, ScoreCriterion, SelfAssessmentCommand, SubmitSelfAssessment } from './self-assessment.commands';
import { SelfAssessmentErrors } from './self-assessment.errors';
import type { SelfAssessmentEvent } from './self-assessment.events';
import { evolveSelfAssessment, initialSelfAssessmentState, type SelfAssessmentState } from './self-assessment.state';

/*
 * Order of checks: who may act, whether the cycle allows it, whether the input is valid, whether it
 * changes anything (a repeat decides nothing: retries and re-imports are safe), and only then the lock —
 * so repeating a submitted score is a no-op while changing it is SELF_ASSESSMENT_LOCKED.
 */
export function decideSelfAssessment(command: SelfAssessmentCommand, state: SelfAssessmentState): SelfAssessmentEvent[] {
  switch (command.type) {
    case 'ScoreCriterion':
      return scoreCriterion(command, state);
    case 'ClearScore':
      return clearScore(command, state);
    case 'SubmitSelfAssessment':
      return submit(command, state);
    case 'ReopenSelfAssessment':
      return reopen(command, state);
  }
}

function scoreCriterion(command: ScoreCriterion, state: SelfAssessmentState): SelfAssessmentEvent[] {
  actingForOwnUnit(command, ['UNIT_REPORTER', 'UNIT_HEAD'], 'score criteria');
  const score = parseDraftScore(command);
  if (isDeepStrictEqual(state.scores.get(score.criterion), score)) return [];
  requireDraft(state, command.unitId);
  return [newEvent('CriterionSelfScored', { cycleId: command.cycleId, unitId: command.unitId, ...score, evidence: [...score.evidence] })];
}

function clearScore(command: ClearScore, state: SelfAssessmentState): SelfAssessmentEvent[] {
  actingForOwnUnit(command, ['UNIT_REPORTER', 'UNIT_HEAD'], 'clear scores');
  const criterion = requireText(command.criterion, 'criterion');
  const current = state.scores.get(criterion);
  if (!current) return [];
  requireDraft(state, command.unitId);
  return [newEvent('SelfScoreCleared', { cycleId: command.cycleId, unitId: command.unitId, criterion, previousPoints: current.points })];
}

/** The head answers for the unit's claim: only the head submits, and the submission locks it. */
function submit(command: SubmitSelfAssessment, state: SelfAssessmentState): SelfAssessmentEvent[] {
  actingForOwnUnit(command, ['UNIT_HEAD'], 'submit the self-assessment');
  if (state.status === 'submitted') return [];
  const { context } = command;
  const now = requireInstant(context.now, 'context.now');
  if (context.selfAssessmentDue && !state.reopened && isPast(context.selfAssessmentDue, now)) {
    throw SelfAssessmentErrors.deadlinePassed(context.selfAssessmentDue, now);
  }
  const order = new Map(context.leaves.map((leaf, position) => [leaf.code, position]));
  const scores = [...state.scores.values()].sort((a, b) => (order.get(a.criterion) ?? Infinity) - (order.get(b.criterion) ?? Infinity));
  scores.forEach((score) => recheckDraftScore(score, context));
  return [
    newEvent('SelfAssessmentSubmitted', {
      cycleId: command.cycleId,
      unitId: command.unitId,
      submission: state.submissions + 1,
      leaves: context.leaves.map(leafToData),
      notApplicable: context.leaves.filter((leaf) => context.notApplicable.includes(leaf.code)).map((leaf) => leaf.code),
      scores: scores.map(({ criterion, points, evidence, note }) => ({ criterion, points, evidence: [...evidence], note })),
      selfTotal: Points.sum(scores.map((score) => Points.of(score.points))).toString(),
    }),
  ];
}

function reopen(command: ReopenSelfAssessment, state: SelfAssessmentState): SelfAssessmentEvent[] {
  requireRole(command.actor, ['PROVINCE_ADMIN'], 'reopen a self-assessment');
  requireOpen(command.context.cycleStatus, command.cycleId);
  const reason = requireReason(command.reason);
  if (state.status !== 'submitted') throw SelfAssessmentErrors.notSubmitted(command.unitId);
  return [newEvent('SelfAssessmentReopened', { cycleId: command.cycleId, unitId: command.unitId, reason })];
}

function actingForOwnUnit(command: SelfAssessmentCommand, roles: readonly Role[], action: string): void {
  requireRole(command.actor, roles, action);
  requireOwnUnit(command.actor, command.unitId);
  requireOpen(command.context.cycleStatus, command.cycleId);
}

function requireDraft(state: SelfAssessmentState, unitId: string): void {
  if (state.status === 'submitted') throw SelfAssessmentErrors.locked(unitId);
}

/** The Self-assessment aggregate (stream `self-assessment:<cycleId>:<unitId>`). */
export const selfAssessmentDecider: Decider<SelfAssessmentCommand, SelfAssessmentEvent, SelfAssessmentState> = {
  initialState: initialSelfAssessmentState,
  decide: decideSelfAssessment,
  evolve: evolveSelfAssessment,
};
