import type { Provider } from '@nestjs/common';
import { ServiceClient } from './service-client';

export const SUBMISSIONS = Symbol('SUBMISSIONS_CLIENT');
export const APPRAISAL = Symbol('APPRAISAL_CLIENT');
export const RANKING = Symbol('RANKING_CLIENT');

/** The gRPC addresses of the services the gateway calls (host:port). */
export interface ServiceUrls {
  submissions: string;
  /** Absent: the appraisal routes are not mounted. */
  appraisal?: string;
  /** Absent: the results, audit and decision routes are not mounted. */
  ranking?: string;
}

/** One client per service, closed with the app (see GatewayModule). */
export function serviceClientProviders(urls: ServiceUrls): Provider[] {
  const providers: Provider[] = [{ provide: SUBMISSIONS, useFactory: () => new ServiceClient('submissions', 'Submissions', urls.submissions) }];
  if (urls.appraisal) providers.push({ provide: APPRAISAL, useFactory: () => new ServiceClient('appraisal', 'Appraisal', urls.appraisal!) });
  if (urls.ranking) providers.push({ provide: RANKING, useFactory: () => new ServiceClient('ranking', 'Ranking', urls.ranking!) });
  return providers;
}
