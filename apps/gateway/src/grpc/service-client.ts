import * as grpc from '@grpc/grpc-js';
import { parseRpcError } from '@par/contracts';
import type { Caller } from '../auth/principal';
import { UpstreamError } from '../problems/upstream-problem';
import type { ClientStreamingMethod, ClientStreamingMethodWithMetadata } from './streaming-method';
import type { UnaryMethod, UnaryMethodWithMetadata } from './unary-method';

/** How long the gateway waits for a service before answering 504. */
const DEADLINE_MS = 15_000;

export interface CallOptions {
  /** The request's fields as the client wrote them, from the service's names (for problem+json `field`). */
  fieldName?: (serviceField: string) => string;
}

/** Picks the RPC to call from the generated client, e.g. `(rpc) => rpc.createCycle`: request and reply follow. */
export type MethodOf<Client, Request, Reply> = (client: Client) => UnaryMethod<Request, Reply>;

/** A client-streaming RPC picked from the generated client, e.g. `(rpc) => rpc.recordResponses`. */
export type StreamingMethodOf<Client, Message, Reply> = (client: Client) => ClientStreamingMethod<Message, Reply>;

/** An open client stream: write its messages (the first carries `actor`, see `actorOf`), end it, await the reply. */
export interface OpenStream<Message, Reply> {
  readonly call: grpc.ClientWritableStream<Message>;
  readonly reply: Promise<Reply>;
}

/** The caller as common.proto's Actor. */
export function actorOf(caller: Caller): { userId: string; role: string; unitId: string } {
  const { userId, role, unitId } = caller.actor;
  return { userId, role, unitId: unitId ?? '' };
}

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
    return this.call(method, { ...request, actor: actorOf(caller) } as Request, caller, options);
  }

  /**
   * A client-streaming command (a file sent in pieces): the correlation id in the metadata, a deadline of
   * `deadlineMs` (a file takes longer than one request), a refusal or failure as an UpstreamError.
   */
  stream<Message, Reply>(method: StreamingMethodOf<Client, Message, Reply>, caller: Caller, deadlineMs: number): OpenStream<Message, Reply> {
    const open = method(this.client) as unknown as ClientStreamingMethodWithMetadata<Message, Reply>;
    let call: grpc.ClientWritableStream<Message> | undefined;
    const reply = new Promise<Reply>((resolve, reject) => {
      call = open.call(this.client, this.metadataOf(caller), { deadline: Date.now() + deadlineMs }, (error, answer) =>
        error ? reject(new UpstreamError(parseRpcError(error), caller.correlationId)) : resolve(answer as Reply),
      );
    });
    return { call: call!, reply };
  }

  /** A query: no actor (the gateway authorised the read). */
  query<Request, Reply>(method: MethodOf<Client, Request, Reply>, request: NoInfer<Request>, caller: Caller, options: CallOptions = {}): Promise<Reply> {
    return this.call(method, request, caller, options);
  }

  close(): void {
    this.client.close();
  }

  private call<Request, Reply>(method: MethodOf<Client, Request, Reply>, request: Request, caller: Caller, options: CallOptions): Promise<Reply> {
    const metadata = this.metadataOf(caller);
    // The picked method is typed by its last overload; every generated method also takes metadata and options.
    const invoke = method(this.client) as unknown as UnaryMethodWithMetadata<Request, Reply>;
    return new Promise<Reply>((resolve, reject) => {
      invoke.call(this.client, request, metadata, { deadline: Date.now() + DEADLINE_MS }, (error, reply) =>
        error ? reject(new UpstreamError(parseRpcError(error), caller.correlationId, options.fieldName)) : resolve(reply as Reply),
      );
    });
  }

  private metadataOf(caller: Caller): grpc.Metadata {
    const metadata = new grpc.Metadata();
    metadata.set('x-correlation-id', caller.correlationId);
    if (caller.tenant) metadata.set('x-tenant', caller.tenant);
    return metadata;
  }
}
