// Surveys (INTERCHANGE.md "Surveys", `par-survey/1`): the campaign file, the responses reader, the survey events.
export * from './campaign/campaign-file';
export * from './campaign/survey-file-error';
export * from './campaign/parse-campaign-file';
export * from './responses/response-row';
export * from './responses/responses-file-error';
export * from './responses/read-responses';
export { MAX_LINE_LENGTH } from './responses/byte-gate';
export { MAX_RESPONDENT_LENGTH } from './responses/check-response';
export * from './events';
export * from './published';
/** How a value from a survey file is quoted in a message: cut short, never echoed whole. */
export { echo } from './echo';
