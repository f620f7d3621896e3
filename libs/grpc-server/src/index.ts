// NestJS side of the services' gRPC edge; the framework-free part (protos, generated types, error ↔ status) is in libs/contracts.
export * from './request-error';
export * from './request-checks';
export * from './rpc-method';
export * from './grpc-server-options';
export * from './grpc-client';
export * from './log-verification';
