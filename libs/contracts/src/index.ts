export * from './envelope/event-envelope';
export * from './envelope/parse-envelope';
export * from './envelope/invalid-envelope.error';
export * from './topics/topic-names';
export * from './topics/message-headers';
export * from './events/roles';
export * from './events/appraisal';
export * from './events/submissions';
