import { z } from 'zod';

/**
 * The request and response shapes of the API, each a zod schema (validation) registered under a name
 * (OpenAPI `components.schemas`), so the docs and the checks cannot drift apart.
 */
const registry = z.registry<{ id: string }>();

export function dto<T extends z.ZodType>(id: string, schema: T): T {
  registry.add(schema, { id });
  return schema;
}

/** A `$ref` to a registered shape, for @ApiBody / @ApiResponse. */
export function refTo(schema: z.ZodType): { $ref: string } {
  const meta = registry.get(schema);
  if (!meta) throw new Error('schema is not registered with dto()');
  return { $ref: `#/components/schemas/${meta.id}` };
}

/** Every registered shape as OpenAPI 3.0 schemas (inputs as clients send them). */
export function dtoComponents(): Record<string, object> {
  const { schemas } = z.toJSONSchema(registry, { target: 'openapi-3.0', io: 'input', uri: (id) => `#/components/schemas/${id}`, unrepresentable: 'any' });
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, withoutId(schema)]));
}

function withoutId(schema: object): object {
  const { $id: _id, ...rest } = schema as { $id?: string };
  return rest;
}
