import type { TypeOrmModuleOptions } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { READ_MODEL_ENTITIES } from '../projections/submissions-read-model/read-model.entities';

/** TypeORM's own connection, to the database of the pool the module was given (it cannot share a pg Pool). */
export function typeOrmOptions(pool: Pool, name: string): TypeOrmModuleOptions {
  const { connectionString, host, port, user, password, database } = pool.options;
  const target = connectionString
    ? { url: connectionString }
    : { host, port, username: user, password: typeof password === 'string' ? password : undefined, database };
  return { name, type: 'postgres', ...target, entities: READ_MODEL_ENTITIES, synchronize: false, extra: { max: 4 } };
}
