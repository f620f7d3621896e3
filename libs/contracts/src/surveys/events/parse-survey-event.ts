import { echo } from '../echo';
import { SurveyEvent, isSurveyEventType, surveyEventSchemas } from './survey-event';
import { SURVEY_SCHEMA_VERSION } from './survey-event-types';
import { InvalidSurveyEventError } from './invalid-survey-event.error';

/**
 * For consumers at the edge: checks an envelope's type, schema version and data against the contract and
 * returns the typed event. Older schema versions must be upcast before they get here.
 */
export function parseSurveyEvent(type: string, schemaVersion: number, data: unknown): SurveyEvent {
  if (!isSurveyEventType(type)) throw new InvalidSurveyEventError(echo(type), 'type', 'is not a survey event type');
  if (schemaVersion !== SURVEY_SCHEMA_VERSION) {
    throw new InvalidSurveyEventError(type, 'schemaVersion', `${echo(schemaVersion)} is not supported (expected ${SURVEY_SCHEMA_VERSION})`);
  }
  const parsed = surveyEventSchemas[type].safeParse({ type, schemaVersion, data });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidSurveyEventError(type, issue.path.join('.') || 'data', issue.message);
  }
  return parsed.data;
}
