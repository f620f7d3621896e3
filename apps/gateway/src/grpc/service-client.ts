import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { parseRpcError, PROTO_LOADER_OPTIONS, protoPackage, protoPath } from '@par/contracts';
import type { Caller } from '../auth/principal';
import { UpstreamError } from '../problems/upstream-problem';

/** How long the gateway waits for a service before answering 504. */
const DEADLINE_MS = 15_000;

export interface CallOptions {
  /** The request's fields as the client wrote them, from the service's names (for problem+json `field`). */
  fieldName?: (serviceField: string) => string;
}

/**
 * One service's gRPC API (par.<service>.v1.<Service>), as the gateway calls it: commands carry the
 * caller's actor in the request and the correlation id in the metadata; a refusal or failure becomes
 * an UpstreamError holding the parsed status.
 */
export class ServiceClient {
  private readonly client: grpc.Client & Record<string, Function>;

  constructor(service: string, serviceName: string, url: string) {
    const definition = protoLoader.loadSync(protoPath(service), PROTO_LOADER_OPTIONS);
    const loaded = grpc.loadPackageDefinition(definition);
    const Service = protoPackage(service)
      .split('.')
      .reduce<any>((namespace, part) => namespace[part], loaded)[serviceName] as grpc.ServiceClientConstructor;
    this.client = new Service(url, grpc.credentials.createInsecure()) as grpc.Client & Record<string, Function>;
  }

  /** A command: the actor the gateway authorised goes into the request (common.proto Actor). */
  command<T = CommandResult>(method: string, request: object, caller: Caller, options: CallOptions = {}): Promise<T> {
    const { userId, role, unitId } = caller.actor;
    return this.call(method, { ...request, actor: { userId, role, unitId: unitId ?? '' } }, caller, options);
  }

  /** A query: no actor (the gateway authorised the read). */
  query<T>(method: string, request: object, caller: Caller, options: CallOptions = {}): Promise<T> {
    return this.call(method, request, caller, options);
  }

  close(): void {
    this.client.close();
  }

  private call<T>(method: string, request: object, caller: Caller, options: CallOptions): Promise<T> {
    const metadata = new grpc.Metadata();
    metadata.set('x-correlation-id', caller.correlationId);
    if (caller.tenant) metadata.set('x-tenant', caller.tenant);
    return new Promise<T>((resolve, reject) => {
      this.client[method](request, metadata, { deadline: Date.now() + DEADLINE_MS }, (error: grpc.ServiceError | null, response: T) =>
        error ? reject(new UpstreamError(parseRpcError(error), options.fieldName)) : resolve(response),
      );
    });
  }
}

/** common.proto CommandResult, as proto-loader decodes it. */
export interface CommandResult {
  streamId: string;
  version: number;
  eventsAppended: number;
}
