// The published decision: a small pure decider over the ranking service's own log.
export * from './decision.commands';
export * from './decision.events';
export * from './decision.errors';
export * from './decision.decide';
export * from './snapshot-hash';
