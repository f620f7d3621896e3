// Event contracts of the survey service. Not yet in a log's upcaster registry or a topic: the service wires them.
export * from './survey-event-types';
export * from './survey-event';
export * from './parse-survey-event';
export * from './invalid-survey-event.error';
export * from './campaign-opened.event';
export * from './campaign-recorded.event';
export * from './responses-batch-accepted.event';
export * from './survey-points-applied.event';
