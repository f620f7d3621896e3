// @par/appraisal/testing: fixtures of the appraisal service for tests in other projects (never production code).
export { RendezvousEventStore } from './rendezvous-event-store';
