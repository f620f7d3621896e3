import { z } from 'zod';

/** A classification threshold as recorded: minIndex with exactly 2 places ("90.00"), the index's own precision. */
export const thresholdDataSchema = z.object({
  class: z.string().trim().min(1),
  label: z.string(),
  minIndex: z.string().regex(/^(0|[1-9]\d*)\.\d{2}$/, 'minIndex is written with exactly 2 decimal places, e.g. "65.00"'),
});

export const thresholdsDataSchema = z.array(thresholdDataSchema).min(1);

export type ThresholdData = z.infer<typeof thresholdDataSchema>;
