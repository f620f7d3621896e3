import type { Metadata } from '@grpc/grpc-js';
import { Inject, INestMicroservice, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { RpcReply, RpcRequest } from '@par/contracts';
import { GrpcController, grpcServerOptions, rpcMethodOf } from '@par/grpc-server';
import { freePort } from '@par/testing';

const SubmissionsRpc = rpcMethodOf('submissions');
const REFUSALS = Symbol('REFUSALS');

/**
 * A submissions service behind the real gRPC edge (@par/grpc-server's error filter) whose GetCycleOverview
 * throws the error staged for the cycle id asked: every refusal crosses gRPC and the gateway as a real one would.
 */
@GrpcController()
class RefusingSubmissions {
  constructor(@Inject(REFUSALS) private readonly refusals: ReadonlyMap<string, Error>) {}

  @SubmissionsRpc('GetCycleOverview')
  getCycleOverview(
    request: RpcRequest<'submissions', 'GetCycleOverview'>,
    _metadata: Metadata,
  ): RpcReply<'submissions', 'GetCycleOverview'> | Promise<RpcReply<'submissions', 'GetCycleOverview'>> {
    return Promise.reject(this.refusals.get(request.cycleId) ?? new Error(`no refusal staged for ${request.cycleId}`));
  }
}

/** The service on a free port, refusing each cycle id with its error. */
export async function startRefusingService(refusals: ReadonlyMap<string, Error>): Promise<{ url: string; close: () => Promise<void> }> {
  @Module({ controllers: [RefusingSubmissions], providers: [{ provide: REFUSALS, useValue: refusals }] })
  class RefusingModule {}

  const url = `127.0.0.1:${await freePort()}`;
  const app: INestMicroservice = await NestFactory.createMicroservice(RefusingModule, { ...grpcServerOptions('submissions', url), logger: ['error', 'warn'] });
  await app.listen();
  return { url, close: () => app.close() };
}
