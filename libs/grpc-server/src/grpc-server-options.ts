import { GrpcOptions, Transport } from '@nestjs/microservices';
import { GRPC_SERVICES, GrpcServiceKey, PROTO_LOADER_OPTIONS, protoPath } from '@par/contracts';

/** The gRPC server of one service from its proto in libs/contracts (main.ts, tests, the embedded platform). */
export function grpcServerOptions(service: GrpcServiceKey, url: string): GrpcOptions {
  const { proto, package: protoPackage } = GRPC_SERVICES[service];
  return { transport: Transport.GRPC, options: { package: protoPackage, protoPath: protoPath(proto), url, loader: PROTO_LOADER_OPTIONS } };
}
