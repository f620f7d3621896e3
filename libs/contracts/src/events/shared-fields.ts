import { z } from 'zod';

/** Points as every event writes them: exactly 2 places, never negative ("1.50", "0.00"), as Points.toString() gives. */
export const pointsField = z.string().regex(/^(0|[1-9]\d*)\.\d{2}$/, 'points must be written with exactly 2 decimal places, e.g. "1.50"');

/** Same rule as the domain's criteria tree: dot-separated letters or digits ("1", "1.10", "7.2.2"). */
export const criterionCodeField = z.string().regex(/^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$/, 'a criterion code looks like "7.2.2"');

/** Reasons are part of the decision record: never empty. */
export const reasonField = z.string().trim().min(1, 'a reason is required');
