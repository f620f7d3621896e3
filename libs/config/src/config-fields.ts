import { z } from 'zod';

/**
 * The shapes configuration values take, each refusing a wrong value with a message that says what was
 * expected. Environment variables are strings: numbers are coerced here, once.
 */

/** A TCP port, 1-65535 (0 is allowed where the OS should pick one: `portField({ allowZero: true })`). */
export function portField({ allowZero = false } = {}) {
  return z.coerce
    .number({ error: 'expected a port number' })
    .int('expected a whole port number')
    .min(allowZero ? 0 : 1, `expected a port number from ${allowZero ? 0 : 1} to 65535`)
    .max(65535, `expected a port number from ${allowZero ? 0 : 1} to 65535`);
}

/** host:port, as gRPC and Kafka addresses are written ("0.0.0.0:50051", "kafka:9092", "[::1]:50051"). */
export const hostPortField = z
  .string()
  .trim()
  .refine(
    (value) => HOST_PORT.test(value) && Number(value.slice(value.lastIndexOf(':') + 1)) <= 65535,
    'expected host:port with a port up to 65535, e.g. 127.0.0.1:50051',
  );

const HOST_PORT = /^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+):\d{1,5}$/;

/** A comma-separated list of host:port (KAFKA_BROKERS). */
export const hostPortListField = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== ''),
  )
  .pipe(z.array(hostPortField).min(1, 'expected at least one host:port'));

/** A PostgreSQL connection URL (DATABASE_URL). */
export const postgresUrlField = z
  .string()
  .trim()
  .refine((value) => {
    try {
      return ['postgres:', 'postgresql:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, 'expected a postgres:// URL, e.g. postgres://postgres@127.0.0.1:5432/par');

/** An http(s) URL (a JWKS endpoint). */
export const httpUrlField = z
  .string()
  .trim()
  .refine((value) => {
    try {
      return ['http:', 'https:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, 'expected an http(s) URL');
