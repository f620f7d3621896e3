// The Appraisal aggregate: pure decide/evolve, its commands, errors and final values.
export * from './appraisal.commands';
export * from './appraisal.errors';
export * from './appraisal.state';
export * from './appraisal.decide';
export * from './appraisal.metadata';
export * from './appraisal.stream';
export * from './final-values';
export * from './concurrent-changes';
export type { LeafValue } from './leaf-value';
