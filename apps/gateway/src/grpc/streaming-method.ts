import type * as grpc from '@grpc/grpc-js';

/**
 * A client-streaming method of a generated client (the survey's RecordResponses), as TypeScript sees it from
 * outside: its last overload, `(callback)`. Picking one (`(rpc) => rpc.recordResponses`) infers its messages.
 */
export type ClientStreamingMethod<Message, Reply> = (callback: grpc.requestCallback<Reply>) => grpc.ClientWritableStream<Message>;

/** The overload with metadata and call options (a deadline) every generated client-streaming method also has. */
export type ClientStreamingMethodWithMetadata<Message, Reply> = (
  metadata: grpc.Metadata,
  options: grpc.CallOptions,
  callback: grpc.requestCallback<Reply>,
) => grpc.ClientWritableStream<Message>;
