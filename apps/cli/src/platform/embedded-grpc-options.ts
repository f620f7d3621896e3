import { GrpcOptions, Transport } from '@nestjs/microservices';
import { GRPC_SERVICES, PROTO_LOADER_OPTIONS, protoPath } from '@par/contracts';

/** One gRPC server for the whole embedded platform: each service's proto package, each its own controllers. */
export function embeddedGrpcOptions(url: string): GrpcOptions {
  const services = Object.values(GRPC_SERVICES);
  return {
    transport: Transport.GRPC,
    options: {
      package: services.map((service) => service.package),
      protoPath: services.map((service) => protoPath(service.proto)),
      url,
      loader: PROTO_LOADER_OPTIONS,
    },
  };
}
