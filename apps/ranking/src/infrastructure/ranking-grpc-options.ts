import type { GrpcOptions } from '@nestjs/microservices';
import { grpcServerOptions } from '@par/grpc-server';

/** The gRPC server of par.ranking.v1 (main.ts, tests, the embedded platform). */
export function rankingGrpcOptions(url: string): GrpcOptions {
  return grpcServerOptions('ranking', url);
}
