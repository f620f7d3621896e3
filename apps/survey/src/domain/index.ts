// The Campaign aggregate: pure decide/evolve, its commands, errors, stream and metadata.
export * from './campaign.commands';
export * from './campaign.state';
export * from './campaign.decide';
export * from './campaign.stream';
export * from './campaign.metadata';
export * from './survey.errors';
export { requireOpen } from './campaign.guards';
