export * from './stream-id';
export * from './legacy-stream-id';
export * from './named-stream';
