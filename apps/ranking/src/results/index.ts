// For the CLI and other callers: the pure results computation (the document shape and its JSON text are @par/contracts').
export * from './results-input';
export * from './compute-ranking-results';
