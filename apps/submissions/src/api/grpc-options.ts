import { GrpcOptions, Transport } from '@nestjs/microservices';
import { PROTO_LOADER_OPTIONS, protoPackage, protoPath } from '@par/contracts';

/** The gRPC server of par.submissions.v1 (main.ts, tests, the embedded platform). */
export function submissionsGrpcOptions(url: string): GrpcOptions {
  return { transport: Transport.GRPC, options: { package: protoPackage('submissions'), protoPath: protoPath('submissions'), url, loader: PROTO_LOADER_OPTIONS } };
}
