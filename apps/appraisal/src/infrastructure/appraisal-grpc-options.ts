import type { GrpcOptions } from '@nestjs/microservices';
import { grpcServerOptions } from '@par/grpc-server';

/** The gRPC server of par.appraisal.v1 (main.ts, tests, the embedded platform). */
export function appraisalGrpcOptions(url: string): GrpcOptions {
  return grpcServerOptions('appraisal', url);
}
