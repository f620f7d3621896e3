import { AppraisalEvent, appraisalEventSchemas, isAppraisalEventType } from './appraisal-event';
import { APPRAISAL_SCHEMA_VERSION } from './appraisal-event-types';
import { InvalidAppraisalEventError } from './invalid-appraisal-event.error';

/**
 * For consumers at the edge: checks an envelope's type, schema version and data against the contract
 * and returns the typed event. Older schema versions must be upcast before they get here.
 */
export function parseAppraisalEvent(type: string, schemaVersion: number, data: unknown): AppraisalEvent {
  if (!isAppraisalEventType(type)) {
    throw new InvalidAppraisalEventError(type, 'type', 'is not an appraisal event type');
  }
  if (schemaVersion !== APPRAISAL_SCHEMA_VERSION) {
    throw new InvalidAppraisalEventError(type, 'schemaVersion', `${schemaVersion} is not supported (expected ${APPRAISAL_SCHEMA_VERSION})`);
  }
  const parsed = appraisalEventSchemas[type].safeParse({ type, schemaVersion, data });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidAppraisalEventError(type, issue.path.join('.') || 'data', issue.message);
  }
  return parsed.data;
}
