import { GrpcOptions, Transport } from '@nestjs/microservices';
import { PROTO_LOADER_OPTIONS, protoPackage, protoPath } from '@par/contracts';

/** The gRPC server of par.<service>.v1 from its proto in libs/contracts (main.ts, tests, the embedded platform). */
export function grpcServerOptions(service: string, url: string): GrpcOptions {
  return { transport: Transport.GRPC, options: { package: protoPackage(service), protoPath: protoPath(service), url, loader: PROTO_LOADER_OPTIONS } };
}
