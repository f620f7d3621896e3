// @par/survey/testing: the survey service's fixtures for other projects' tests (never imported by production code).
export { DEMO_CYCLE, DEPARTMENTS, DISTRICTS, SURVEY_LEAF_MAX, setUpDemoCycle } from './demo-cycle';
export { generateSipasResponses, handIndex, handPoints, type GeneratedResponses, type HandTally } from './sipas-responses';
export { surveyGrpcClient, type SurveyGrpcClient } from './survey-grpc-client';
export { sociological2025CampaignFile, CITIZENS_ASPECT } from './sociological-campaign';
export { generateCrossEvaluation, type AspectTally, type CrossEvaluation } from './cross-evaluation-responses';
