// @par/ranking: the one entry other apps and tests use (apps/cli's embedded platform, tests/). Everything
// else under src/ is the service's own business.
export { RankingModule } from './ranking.module';
export { rankingEnvironmentSchema } from './ranking.config';
export type { DistributedSources, EmbeddedSources, RankingEnvironment, RankingOptions } from './ranking.config';
export { rankingGrpcOptions } from './infrastructure/ranking-grpc-options';
/** Embedded mode: `app.get(RankingConsumers).caughtUp()` waits for the read models to apply what the sources committed. */
export { RankingConsumers } from './infrastructure/ranking-consumers';

/** The log of a cycle's published decision and its corrections (read by `par export`). */
export { decisionStream } from './domain/decision.events';
export { PublishDecisionCommand } from './publish-decision/publish-decision.command';
export { CorrectDecisionCommand } from './correct-decision/correct-decision.command';
export type { PublishedOutcome } from './infrastructure/decision-command.handler';

export { GetResultsQuery } from './get-results/get-results.query';
export { GetAuditTrailQuery } from './get-audit-trail/get-audit-trail.query';
export type { AuditTrailEntry } from './projections/audit-trail/audit-trail-entry';
export type { AuditStage, AuditSubject } from './projections/audit-trail/audit-entry.entity';
export { GetPublishedDecisionsQuery } from './get-published-decisions/get-published-decisions.query';
export type { PublishedDecisionRevision } from './get-published-decisions/get-published-decisions.query';

export { RANKING_ERROR_CODES, RankingError } from './domain/decision.errors';
export type { RankingErrorCode } from './domain/decision.errors';

/** `par rebuild ranking`: the read models emptied and filled again from the source logs, resumable (rebuild/). */
export { rebuildRankingReadModels } from './rebuild/rebuild-read-models';
export type { RankingRebuildOptions, RebuildOutcome, RebuildProgress, RebuildSource } from './rebuild/rebuild-read-models';
export { RebuildUnderWayError } from './rebuild/rebuild-lock';
export { RANKING_READ_MODEL_TABLES } from './rebuild/read-model-tables';
