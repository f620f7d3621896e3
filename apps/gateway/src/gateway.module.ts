import { DynamicModule, Inject, Module, OnApplicationShutdown, Optional } from '@nestjs/common';
import { AppraisalController } from './appraisal/appraisal.controller';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth/auth.guard';
import { TokenVerifier } from './auth/token-verifier';
import { CycleSetupController } from './cycles/cycle-setup.controller';
import type { GatewayConfig } from './gateway.config';
import type { ServiceClient } from './grpc/service-client';
import { APPRAISAL, RANKING, SUBMISSIONS, serviceClientProviders } from './grpc/service-clients';
import { ProblemFilter } from './problems/problem.filter';
import { QueriesController } from './queries/queries.controller';
import { RankingController } from './ranking/ranking.controller';
import { SelfAssessmentController } from './self-assessment/self-assessment.controller';

/** Closes the gRPC channels with the app. */
class ServiceChannels implements OnApplicationShutdown {
  constructor(
    @Inject(SUBMISSIONS) private readonly submissions: ServiceClient,
    @Optional() @Inject(APPRAISAL) private readonly appraisal?: ServiceClient,
    @Optional() @Inject(RANKING) private readonly ranking?: ServiceClient,
  ) {}

  onApplicationShutdown(): void {
    this.submissions.close();
    this.appraisal?.close();
    this.ranking?.close();
  }
}

/** Wiring only: HTTP controllers → gRPC clients of the services, behind one auth guard and one problem filter. */
@Module({})
export class GatewayModule {
  static register(config: GatewayConfig): DynamicModule {
    return {
      module: GatewayModule,
      // The appraisal and ranking routes exist only where those services are configured.
      controllers: [
        CycleSetupController,
        SelfAssessmentController,
        QueriesController,
        ...(config.services.appraisal ? [AppraisalController] : []),
        ...(config.services.ranking ? [RankingController] : []),
      ],
      providers: [
        ...serviceClientProviders(config.services),
        ServiceChannels,
        { provide: TokenVerifier, useValue: new TokenVerifier(config.auth) },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
      ],
    };
  }
}
