import type { INestApplicationContext } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { NestFactory } from '@nestjs/core';
import type { PostgresEventStore } from '@par/event-store';
import type { Pool } from 'pg';
import { AppraisalRuntime } from '@par/appraisal';
import { RankingConsumers } from '@par/ranking';
import { SubmissionsLog } from '@par/submissions';
import { SurveyRuntime } from '@par/survey';
import { LOGGED_SERVICES, LoggedService, openEmbeddedPlatform } from '../embedded/embedded-platform';
import { EmbeddedPlatformModule } from './embedded-platform.module';
import { embeddedGrpcOptions } from './embedded-grpc-options';
import { stderrLogger } from './stderr-logger';

/**
 * The whole platform in this process (embedded mode): the submissions, appraisal and ranking services
 * on one embedded PostgreSQL under the data dir. What the CLI (and later the gateway) drives it through:
 * the services' own command and query buses — the same handlers their gRPC adapters call.
 */
export interface Platform {
  /** One bus for the three services' commands (CreateCycleCommand, AppraiseCriterionCommand, PublishDecisionCommand …). */
  commands: CommandBus;
  /** One bus for their queries (GetResultsQuery, GetAuditTrailQuery, GetCycleOverviewQuery …). */
  queries: QueryBus;
  /** Each service's log, for verify and for reading a stream's history (never written to directly). */
  stores: Record<LoggedService, PostgresEventStore>;
  pool: Pool;
  /** Resolves once every consumer (read models, appraisal starts, ranking) has applied everything committed. */
  caughtUp(): Promise<void>;
  /**
   * Events a consumer gave up on (dead letters, see @par/messaging), per service schema: a read model
   * missing one is wrong, so the CLI refuses to call such results good.
   */
  deadLetters(): Promise<Record<LoggedService, number>>;
  close(): Promise<void>;
}

export interface PlatformOptions {
  /** Also serve the three services' gRPC APIs (one server, three packages) on this host:port, for the gateway. */
  grpcUrl?: string;
}

export async function openPlatform(dataDir: string, log: (line: string) => void, options: PlatformOptions = {}): Promise<Platform> {
  const embedded = await openEmbeddedPlatform(dataDir, log);
  let app: INestApplicationContext;
  try {
    const module = EmbeddedPlatformModule.register({ pool: embedded.pool, databaseUrl: embedded.url, stores: embedded.stores });
    const settings = { logger: stderrLogger(), abortOnError: false };
    if (options.grpcUrl) {
      const server = await NestFactory.createMicroservice(module, { ...embeddedGrpcOptions(options.grpcUrl), ...settings });
      await server.listen();
      app = server;
    } else {
      app = await NestFactory.createApplicationContext(module, settings);
    }
    app.enableShutdownHooks();
  } catch (error) {
    await embedded.close();
    throw error;
  }
  const submissions = app.get(SubmissionsLog);
  const appraisal = app.get(AppraisalRuntime);
  const ranking = app.get(RankingConsumers);
  const survey = app.get(SurveyRuntime);
  return {
    commands: app.get(CommandBus),
    queries: app.get(QueryBus),
    stores: embedded.stores,
    pool: embedded.pool,
    // In the order events cascade: a submission starts an appraisal, whose events the sheets and ranking follow.
    caughtUp: async () => {
      await submissions.readModelCaughtUp();
      await appraisal.startsCaughtUp();
      await appraisal.sheetsCaughtUp();
      await survey.catalogueCaughtUp();
      await survey.campaignsCaughtUp();
      await ranking.caughtUp();
    },
    deadLetters: async () => {
      const counts = {} as Record<LoggedService, number>;
      for (const service of LOGGED_SERVICES) {
        // Each service's runtime created its consumer tables when the platform started.
        const { rows } = await embedded.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${service}.dead_letters`);
        counts[service] = rows[0]?.n ?? 0;
      }
      return counts;
    },
    close: async () => {
      await app.close();
      await embedded.close();
    },
  };
}
