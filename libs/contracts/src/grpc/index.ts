export * from './proto-path';
export * from './rpc-error';
export * from './services';
