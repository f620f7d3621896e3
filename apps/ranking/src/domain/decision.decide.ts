import type { Decider } from '@par/event-store';
import { CorrectDecision, DecisionCommand, DecisionDetails, PublishDecision } from './decision.commands';
import { RankingError } from './decision.errors';
import { DecisionEvent, PublishedRevision } from './decision.events';
import { snapshotHash } from './snapshot-hash';

/** The revisions published so far, oldest first. */
export interface DecisionState {
  readonly revisions: readonly PublishedRevision[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function decideDecision(command: DecisionCommand, state: DecisionState): DecisionEvent[] {
  if (command.actor?.role !== 'PROVINCE_ADMIN') {
    throw new RankingError('ROLE_NOT_ALLOWED', `only a PROVINCE_ADMIN may publish or correct a decision`, 'actor.role');
  }
  return command.type === 'PublishDecision' ? publish(command, state) : correct(command, state);
}

function publish(command: PublishDecision, state: DecisionState): DecisionEvent[] {
  const details = checkedDetails(command);
  const hash = snapshotHash(command.results);
  const published = state.revisions[0];
  if (published) {
    // A retry of the very same publication decides nothing; anything else is a correction's job.
    if (sameDetails(published, details) && published.snapshotHash === hash) return [];
    throw new RankingError('DECISION_ALREADY_PUBLISHED', `the decision of cycle ${command.cycleId} is published: correct it instead`, 'cycleId');
  }
  return [
    { type: 'DecisionPublished', schemaVersion: 1, data: { cycleId: command.cycleId, revision: 1, ...details, snapshot: command.results, snapshotHash: hash } },
  ];
}

function correct(command: CorrectDecision, state: DecisionState): DecisionEvent[] {
  const latest = state.revisions.at(-1);
  if (!latest) throw new RankingError('DECISION_NOT_FOUND', `cycle ${command.cycleId} has no published decision to correct`, 'cycleId');
  const reason = command.reason?.trim();
  if (!reason) throw new RankingError('FIELD_REQUIRED', 'a correction needs a reason', 'reason');
  const details = checkedDetails({
    number: command.number ?? latest.number,
    date: command.date ?? latest.date,
    signer: command.signer ?? latest.signer,
  });
  const hash = snapshotHash(command.results);
  if (sameDetails(latest, details) && latest.snapshotHash === hash) return [];
  return [
    {
      type: 'DecisionCorrected',
      schemaVersion: 1,
      data: {
        cycleId: command.cycleId,
        revision: latest.revision + 1,
        ...details,
        snapshot: command.results,
        snapshotHash: hash,
        reason,
        previousSnapshotHash: latest.snapshotHash,
      },
    },
  ];
}

function checkedDetails(input: DecisionDetails): DecisionDetails {
  for (const field of ['number', 'signer'] as const) {
    if (typeof input[field] !== 'string' || input[field].trim() === '') throw new RankingError('FIELD_REQUIRED', `${field} is required`, field);
  }
  if (typeof input.date !== 'string' || !DATE.test(input.date) || Number.isNaN(Date.parse(input.date))) {
    throw new RankingError('DATE_INVALID', `date ${JSON.stringify(input.date)} must be a calendar date YYYY-MM-DD`, 'date');
  }
  return { number: input.number.trim(), date: input.date, signer: input.signer.trim() };
}

function sameDetails(a: DecisionDetails, b: DecisionDetails): boolean {
  return a.number === b.number && a.date === b.date && a.signer === b.signer;
}

export function evolveDecision(state: DecisionState, event: DecisionEvent): DecisionState {
  const { cycleId, revision, number, date, signer, snapshot, snapshotHash: hash } = event.data;
  return { revisions: [...state.revisions, { cycleId, revision, number, date, signer, snapshot, snapshotHash: hash }] };
}

export const decisionDecider: Decider<DecisionCommand, DecisionEvent, DecisionState> = {
  initialState: () => ({ revisions: [] }),
  decide: decideDecision,
  evolve: evolveDecision,
};
