export * from './cycle-file';
export * from './interchange-error';
export * from './parse-cycle-file';
export * from './write-cycle-file';
export * from './results-document';
export * from './field-ranking';
export * from './compute-cycle-results';
export * from './file-time-instant';
