import type { Provider } from '@nestjs/common';
import type { GrpcClients, GrpcServiceKey } from '@par/contracts';
import { grpcClient } from '@par/grpc-server';
import { ServiceClient } from './service-client';

export const SUBMISSIONS = Symbol('SUBMISSIONS_CLIENT');
export const APPRAISAL = Symbol('APPRAISAL_CLIENT');
export const RANKING = Symbol('RANKING_CLIENT');
export const SURVEY = Symbol('SURVEY_CLIENT');

export type SubmissionsService = ServiceClient<GrpcClients['submissions']>;
export type AppraisalService = ServiceClient<GrpcClients['appraisal']>;
export type RankingService = ServiceClient<GrpcClients['ranking']>;
export type SurveyService = ServiceClient<GrpcClients['survey']>;

/** The gRPC addresses of the services the gateway calls (host:port). */
export interface ServiceUrls {
  submissions: string;
  /** Absent: the appraisal routes are not mounted. */
  appraisal?: string;
  /** Absent: the results, audit and decision routes are not mounted. */
  ranking?: string;
  /** Absent: the survey routes are not mounted. */
  survey?: string;
}

/** One client per service, closed with the app (see GatewayModule). */
export function serviceClientProviders(urls: ServiceUrls): Provider[] {
  const providers: Provider[] = [{ provide: SUBMISSIONS, useFactory: () => connect('submissions', urls.submissions) }];
  const { appraisal, ranking, survey } = urls;
  if (appraisal) providers.push({ provide: APPRAISAL, useFactory: () => connect('appraisal', appraisal) });
  if (ranking) providers.push({ provide: RANKING, useFactory: () => connect('ranking', ranking) });
  if (survey) providers.push({ provide: SURVEY, useFactory: () => connect('survey', survey) });
  return providers;
}

/** A client of par.<service>.v1.<Service> at `url`, typed as the code generated from its .proto. */
function connect<S extends GrpcServiceKey>(service: S, url: string): ServiceClient<GrpcClients[S]> {
  return new ServiceClient(grpcClient(service, url));
}
