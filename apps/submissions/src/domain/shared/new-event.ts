import { SUBMISSIONS_SCHEMA_VERSION, SubmissionsEvent, SubmissionsEventOf } from '../contracts';

/** A decided event in its contract's shape, ready to append (the handler adds metadata). */
export function newEvent<Type extends SubmissionsEvent['type']>(type: Type, data: SubmissionsEventOf<Type>['data']): SubmissionsEventOf<Type> {
  return { type, schemaVersion: SUBMISSIONS_SCHEMA_VERSION, data } as SubmissionsEventOf<Type>;
}
