// @par/contracts/testing: the contracts' fixtures for tests in other projects (never imported by production code).
export { WORKED_EXAMPLE_CRITERIA, PROVINCIAL_THRESHOLDS, workedExampleFile, draftOf, type Draft } from '../interchange/worked-example.fixture';
export { pointsAsText } from './points-as-text.upcasters';
