export * from './event-store.port';
export * from './errors';
export { GENESIS_HASH, contentHash, chainHash, canonicalContent } from './hashing';
export type { HashedContent } from './hashing';
export { UpcasterRegistry } from './upcasting';
export type { Upcaster } from './upcasting';
export { PostgresEventStore } from './postgres/postgres-event-store';
export type { PostgresEventStoreOptions } from './postgres/postgres-event-store';
export { migrate as migrateEventStore } from './postgres/migrator';
