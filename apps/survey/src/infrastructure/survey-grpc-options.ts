import type { GrpcOptions } from '@nestjs/microservices';
import { grpcServerOptions } from '@par/grpc-server';

/** The gRPC server of par.survey.v1 (main.ts, tests). */
export function surveyGrpcOptions(url: string): GrpcOptions {
  return grpcServerOptions('survey', url);
}
