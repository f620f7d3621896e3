import { InvalidSubmissionsEventError } from './invalid-submissions-event.error';
import { isSubmissionsEventType, SubmissionsEvent, submissionsEventSchemas } from './submissions-event';
import { SUBMISSIONS_SCHEMA_VERSION } from './submissions-event-types';

/**
 * For consumers at the edge: checks an envelope's type, schema version and data against the contract
 * and returns the typed event. Older schema versions must be upcast before they get here.
 */
export function parseSubmissionsEvent(type: string, schemaVersion: number, data: unknown): SubmissionsEvent {
  if (!isSubmissionsEventType(type)) {
    throw new InvalidSubmissionsEventError(type, 'type', 'is not a submissions event type');
  }
  if (schemaVersion !== SUBMISSIONS_SCHEMA_VERSION) {
    throw new InvalidSubmissionsEventError(type, 'schemaVersion', `${schemaVersion} is not supported (expected ${SUBMISSIONS_SCHEMA_VERSION})`);
  }
  const parsed = submissionsEventSchemas[type].safeParse({ type, schemaVersion, data });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidSubmissionsEventError(type, issue.path.join('.') || 'data', issue.message);
  }
  return parsed.data;
}
