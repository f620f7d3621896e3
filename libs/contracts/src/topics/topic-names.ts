/**
 * Kafka topic names. The `v1` is the envelope version: a breaking change to the envelope gets a new
 * topic so old and new consumers can run side by side during a migration.
 */
const SERVICE_NAME = /^[a-z][a-z0-9-]*$/;

/** The topic a service's event log is relayed to, e.g. `par.appraisal.events.v1`. */
export function eventsTopic(service: string): string {
  if (!SERVICE_NAME.test(service)) {
    throw new Error(`Service name "${service}" must be lowercase letters, digits and dashes`);
  }
  return `par.${service}.events.v1`;
}

/** Where a consumer parks messages it cannot process, so they never block a partition. */
export function deadLetterTopic(topic: string): string {
  return `${topic}.dlq`;
}
