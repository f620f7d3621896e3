import type { Actor, ResultsDocument } from '@par/contracts';

/** The decision's identity as signed: number (e.g. 123/QĐ-UBND), date (YYYY-MM-DD) and signer. */
export interface DecisionDetails {
  readonly number: string;
  readonly date: string;
  readonly signer: string;
}

/**
 * The province admin publishes the cycle's results. `results` is the table at that moment, put in
 * the command by the handler so the decider stays pure.
 */
export interface PublishDecision extends DecisionDetails {
  readonly type: 'PublishDecision';
  readonly cycleId: string;
  readonly actor: Actor;
  readonly results: ResultsDocument;
}

/** A published decision corrected: a new revision with its own snapshot, never an overwrite. */
export interface CorrectDecision extends Partial<DecisionDetails> {
  readonly type: 'CorrectDecision';
  readonly cycleId: string;
  readonly reason: string;
  readonly actor: Actor;
  readonly results: ResultsDocument;
}

export type DecisionCommand = PublishDecision | CorrectDecision;
