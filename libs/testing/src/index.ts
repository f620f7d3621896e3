// @par/testing: real PostgreSQL and Kafka for integration tests (see jest.preset.js `withInfrastructure`).
export { createTestDatabase, type TestDatabase, withClient } from './helpers/test-database';
export { kafkaBrokers, testKafka, createTestTopic, deleteTopics } from './helpers/kafka';
export { resolveTestInfrastructure, type TestInfrastructure } from './infra/resolve';
export type { ResolvedKafka, ResolvedPostgres } from './infra/types';
export { given } from './decider/given-when-then';
export { grpcTestClient, refusalOf, type GrpcTestClient } from './grpc/grpc-test-client';
export type { ClientReply, ClientRequest } from '@par/contracts';
export { freePort } from './grpc/free-port';
export { eventually } from './waiting/eventually';
