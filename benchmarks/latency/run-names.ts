import { eventsTopic } from '@par/contracts';

/**
 * The Kafka names of one bench run. The broker may be shared (other runs, a hand-started platform), so the
 * run's services relay to topics of their own and consume in groups of their own, as tests/support does:
 * nothing read or committed by anybody else, and everything deletable afterwards.
 */
export interface RunNames {
  readonly relayAs: { readonly submissions: string; readonly appraisal: string };
  readonly topics: { readonly submissions: string; readonly appraisal: string };
  /** The appraisal service's consumer of submissions (AppraisalStarted from SelfAssessmentSubmitted). */
  readonly startsGroupId: string;
  /** Appended by ranking to each of its consumers' names (ranking-submissions, ranking-appraisal). */
  readonly groupIdSuffix: string;
  /** The bench's own reader of the appraisal topic (the relay's publish times, see stage-times.ts). */
  readonly tapGroupId: string;
  /** Every consumer group of the run, to delete at the end. */
  readonly groups: readonly string[];
}

export function runNames(run: string): RunNames {
  const relayAs = { submissions: `submissions-latency-${run}`, appraisal: `appraisal-latency-${run}` };
  const groupIdSuffix = `.latency-${run}`;
  const startsGroupId = `appraisal.starts.latency-${run}`;
  const tapGroupId = `latency-bench-tap.${run}`;
  return {
    relayAs,
    topics: { submissions: eventsTopic(relayAs.submissions), appraisal: eventsTopic(relayAs.appraisal) },
    startsGroupId,
    groupIdSuffix,
    tapGroupId,
    groups: [startsGroupId, `ranking-submissions${groupIdSuffix}`, `ranking-appraisal${groupIdSuffix}`, tapGroupId],
  };
}
