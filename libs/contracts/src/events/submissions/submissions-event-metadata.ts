import { z } from 'zod';
import { roleSchema } from '../roles';

/**
 * Metadata the submissions command handler writes with every event: who acted, in which role, from which
 * unit, and why. The reason is repeated in data wherever it is part of the decision record
 * (applicability, a criteria set correction, a reopening).
 */
export const submissionsEventMetadataSchema = z.looseObject({
  actor: z.string().min(1),
  role: roleSchema,
  /** The unit the actor belongs to, when any (province admins belong to the Department of Home Affairs). */
  actorUnitId: z.string().min(1).optional(),
  reason: z.string().optional(),
  occurredAt: z.iso.datetime({ offset: true }).optional(),
  causationId: z.string().optional(),
  correlationId: z.string().optional(),
});

export type SubmissionsEventMetadata = z.infer<typeof submissionsEventMetadataSchema>;
