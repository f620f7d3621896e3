import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { GRPC_SERVICES, GrpcClients, GrpcServiceKey, PROTO_LOADER_OPTIONS, protoPath } from '@par/contracts';

/**
 * A @grpc/grpc-js client of par.<service>.v1.<Service> at `url`, loaded from its proto in libs/contracts and
 * typed as the code generated from it (the gateway's service clients), beside grpcServerOptions.
 */
export function grpcClient<S extends GrpcServiceKey>(service: S, url: string): GrpcClients[S] {
  const { proto, package: packageName, service: serviceName } = GRPC_SERVICES[service];
  const loaded = grpc.loadPackageDefinition(protoLoader.loadSync(protoPath(proto), PROTO_LOADER_OPTIONS));
  const namespace = packageName.split('.').reduce((scope, part) => scope[part] as grpc.GrpcObject, loaded);
  const Client = namespace[serviceName] as grpc.ServiceClientConstructor;
  // grpc-js builds the methods at run time from the proto; the generated interface is their type.
  return new Client(url, grpc.credentials.createInsecure()) as unknown as GrpcClients[S];
}
