import { z } from 'zod';
import { hostPortField, hostPortListField, postgresUrlField } from './config-fields';

/**
 * The environment every service reads when it runs alone (distributed mode): its database, the Kafka
 * brokers, and the address its gRPC server binds (each service has its own default port).
 */
export function serviceEnvironmentSchema(defaultGrpcUrl: string) {
  return z.object({
    DATABASE_URL: postgresUrlField,
    KAFKA_BROKERS: hostPortListField,
    GRPC_URL: hostPortField.default(defaultGrpcUrl),
  });
}
