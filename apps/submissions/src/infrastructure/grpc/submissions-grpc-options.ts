import type { GrpcOptions } from '@nestjs/microservices';
import { grpcServerOptions } from '@par/grpc-server';

/** The gRPC server of par.submissions.v1 (main.ts, tests, the embedded platform). */
export function submissionsGrpcOptions(url: string): GrpcOptions {
  return grpcServerOptions('submissions', url);
}
