// The published-index aggregate: pure decide/evolve, its command, errors and stream.
export * from './published-index.commands';
export * from './published-index.state';
export * from './published-index.decide';
export * from './published-index.stream';
export * from './published-index.errors';
