import * as grpc from '@grpc/grpc-js';
import { parseRpcError } from '@par/contracts';
import type { Caller } from '../auth/principal';
import { UpstreamError } from '../problems/upstream-problem';
import type { UnaryMethod, UnaryMethodWithMetadata } from './unary-method';

/** How long the gateway waits for a service before answering 504. */
const DEADLINE_MS = 15_000;

export interface CallOptions {
  /** The request's fields as the client wrote them, from the service's names (for problem+json `field`). */
  fieldName?: (serviceField: string) => string;
}

/** Picks the RPC to call from the generated client, e.g. `(rpc) => rpc.createCycle`: request and reply follow. */
export type MethodOf<Client, Request, Reply> = (client: Client) => UnaryMethod<Request, Reply>;

/** A command request as the controller writes it: everything but the actor, which the gateway adds. */
type WithActor = { actor?: { userId?: string; role?: string; unitId?: string } | null };

/**
 * One service's gRPC API (par.<service>.v1.<Service>), as the gateway calls it, typed by the generated
 * client: a wrong method or request field fails the compiler. Commands carry the caller's actor in the
 * request and the correlation id in the metadata; a refusal or failure becomes an UpstreamError holding
 * the parsed status.
 */
export class ServiceClient<Client extends grpc.Client> {
  constructor(private readonly client: Client) {}

  /** A command: the actor the gateway authorised goes into the request (common.proto Actor). */
  command<Request extends WithActor, Reply>(
    method: MethodOf<Client, Request, Reply>,
    request: NoInfer<Omit<Request, 'actor'>>,
    caller: Caller,
    options: CallOptions = {},
  ): Promise<Reply> {
    const { userId, role, unitId } = caller.actor;
    return this.call(method, { ...request, actor: { userId, role, unitId: unitId ?? '' } } as Request, caller, options);
  }

  /** A query: no actor (the gateway authorised the read). */
  query<Request, Reply>(method: MethodOf<Client, Request, Reply>, request: NoInfer<Request>, caller: Caller, options: CallOptions = {}): Promise<Reply> {
    return this.call(method, request, caller, options);
  }

  close(): void {
    this.client.close();
  }

  private call<Request, Reply>(method: MethodOf<Client, Request, Reply>, request: Request, caller: Caller, options: CallOptions): Promise<Reply> {
    const metadata = new grpc.Metadata();
    metadata.set('x-correlation-id', caller.correlationId);
    if (caller.tenant) metadata.set('x-tenant', caller.tenant);
    // The picked method is typed by its last overload; every generated method also takes metadata and options.
    const invoke = method(this.client) as unknown as UnaryMethodWithMetadata<Request, Reply>;
    return new Promise<Reply>((resolve, reject) => {
      invoke.call(this.client, request, metadata, { deadline: Date.now() + DEADLINE_MS }, (error, reply) =>
        error ? reject(new UpstreamError(parseRpcError(error), caller.correlationId, options.fieldName)) : resolve(reply as Reply),
      );
    });
  }
}
