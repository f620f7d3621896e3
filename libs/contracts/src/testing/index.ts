// @par/contracts/testing: the contracts' fixtures for tests in other projects (never imported by production code).
export { WORKED_EXAMPLE_CRITERIA, PROVINCIAL_THRESHOLDS, workedExampleFile, draftOf, type Draft } from '../interchange/worked-example.fixture';
export { pointsAsText } from './points-as-text.upcasters';
export { sipas2025CampaignFile, sipas2025QuestionCodes, SIPAS_2025_UNITS } from '../surveys/campaign/sipas-2025.fixture';
export { dgiAnBinhFile, papiAnBinhFile } from '../surveys/published/published-index.fixture';
