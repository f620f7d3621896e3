import type { Metadata } from '@grpc/grpc-js';
import { Inject, INestMicroservice, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { RpcReply, RpcRequest } from '@par/contracts';
import { GrpcController, grpcServerOptions, rpcMethodOf } from '@par/grpc-server';
import { freePort } from '@par/testing';
import type { Pool } from 'pg';

const SubmissionsRpc = rpcMethodOf('submissions');
const DATABASE = Symbol('FAILING_SUBMISSIONS_DATABASE');

/** The host a failing service could not resolve: it must reach the logs, never a client. */
export const INTERNAL_HOST = 'postgres.par-internal.example';
/** The table a failing service's query names: PostgreSQL's message quotes it. */
export const MISSING_TABLE = 'par_missing_self_assessments';

type Reply<M extends 'GetCycleOverview' | 'GetSelfAssessment'> = RpcReply<'submissions', M> | Promise<RpcReply<'submissions', M>>;

/**
 * A submissions service that fails the way infrastructure fails, behind the real gRPC edge (the error
 * filter of @par/grpc-server): GetCycleOverview meets a name lookup that fails (EAI_AGAIN, the host in
 * the message); GetSelfAssessment meets a real PostgreSQL error (its SQL names a table that does not exist).
 */
@GrpcController()
class FailingSubmissions {
  constructor(@Inject(DATABASE) private readonly database: Pool) {}

  @SubmissionsRpc('GetCycleOverview')
  getCycleOverview(_request: RpcRequest<'submissions', 'GetCycleOverview'>, _metadata: Metadata): Reply<'GetCycleOverview'> {
    const lookup = Object.assign(new Error(`getaddrinfo EAI_AGAIN ${INTERNAL_HOST}`), { code: 'EAI_AGAIN', syscall: 'getaddrinfo', hostname: INTERNAL_HOST });
    return Promise.reject(lookup);
  }

  @SubmissionsRpc('GetSelfAssessment')
  getSelfAssessment(request: RpcRequest<'submissions', 'GetSelfAssessment'>, _metadata: Metadata): Reply<'GetSelfAssessment'> {
    return this.database.query(`SELECT points FROM ${MISSING_TABLE} WHERE unit_id = $1`, [request.unitId]).then(() => {
      throw new Error(`expected ${MISSING_TABLE} not to exist`);
    });
  }
}

/** The failing service on a free port; its url for the gateway. */
export async function startFailingSubmissions(database: Pool): Promise<{ url: string; close: () => Promise<void> }> {
  @Module({ controllers: [FailingSubmissions], providers: [{ provide: DATABASE, useValue: database }] })
  class FailingSubmissionsModule {}

  const url = `127.0.0.1:${await freePort()}`;
  const app: INestMicroservice = await NestFactory.createMicroservice(FailingSubmissionsModule, {
    ...grpcServerOptions('submissions', url),
    logger: ['error', 'warn'],
  });
  await app.listen();
  return { url, close: () => app.close() };
}
