import { GrpcOptions, Transport } from '@nestjs/microservices';
import { PROTO_LOADER_OPTIONS, protoPackage, protoPath } from '@par/contracts';
import { LOGGED_SERVICES } from '../embedded/embedded-platform';

/** One gRPC server for the whole embedded platform: each service's proto package, each its own controllers. */
export function embeddedGrpcOptions(url: string): GrpcOptions {
  return {
    transport: Transport.GRPC,
    options: { package: LOGGED_SERVICES.map(protoPackage), protoPath: LOGGED_SERVICES.map(protoPath), url, loader: PROTO_LOADER_OPTIONS },
  };
}
