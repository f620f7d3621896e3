// NestJS side of the services' gRPC edge; the framework-free part (protos, error ↔ status) is in libs/contracts.
export * from './rpc-error.filter';
export * from './request-error';
export * from './grpc-server-options';
