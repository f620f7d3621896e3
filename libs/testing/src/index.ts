// @par/testing: real PostgreSQL and Kafka for integration tests (see jest.preset.js `withInfrastructure`).
export { createTestDatabase, type TestDatabase } from './helpers/test-database';
export { kafkaBrokers, testKafka, createTestTopic, deleteTopics } from './helpers/kafka';
export { resolveTestInfrastructure, type TestInfrastructure } from './infra/resolve';
export type { ResolvedKafka, ResolvedPostgres } from './infra/types';
export { given, type DeciderUnderTest } from './decider/given-when-then';
export { grpcTestClient, refusalOf, type ClientReply, type ClientRequest, type GrpcTestClient, type TypedCalls } from './grpc/grpc-test-client';
export { freePort } from './grpc/free-port';
export { eventually } from './waiting/eventually';
// DOMAIN.md's worked example is written once, with the interchange fixture that owns it in libs/contracts.
export { WORKED_EXAMPLE_CRITERIA, PROVINCIAL_THRESHOLDS } from '@par/contracts/testing';
