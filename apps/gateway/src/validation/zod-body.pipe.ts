import { PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { ProblemError, ProblemItem } from '../problems/problem';
import { problemsOf } from './zod-problems';

/**
 * Validates a request body (or query) against its zod schema before anything is called: a bad input is
 * a 422 naming every field at fault, and changes nothing.
 */
export class ZodInput<T extends z.ZodType> implements PipeTransform<unknown, z.output<T>> {
  constructor(
    private readonly schema: T,
    /** Where the input sits, for a whole input that is missing or not an object. */
    private readonly root: 'body' | 'query' = 'body',
  ) {}

  transform(value: unknown): z.output<T> {
    const parsed = this.schema.safeParse(value);
    if (parsed.success) return parsed.data;
    const items: ProblemItem[] = problemsOf(parsed.error, value, this.root);
    const [first] = items;
    const detail = items.length === 1 ? first.detail : `${items.length} problems; first: ${first.detail}`;
    throw new ProblemError(422, first.code, detail, first.field, items);
  }
}
