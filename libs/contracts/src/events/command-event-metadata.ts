import { z } from 'zod';
import { roleSchema } from './roles';

/**
 * Metadata every service's command handler writes with each event: who acted, in which role, from
 * which unit, and why. The reason is repeated in data wherever it is part of the decision record.
 */
export const commandEventMetadataSchema = z.looseObject({
  actor: z.string().min(1),
  role: roleSchema,
  /** The unit the actor belongs to, when any (appraisers and council members belong to other units). */
  actorUnitId: z.string().min(1).optional(),
  reason: z.string().optional(),
  occurredAt: z.iso.datetime({ offset: true }).optional(),
  causationId: z.string().optional(),
  correlationId: z.string().optional(),
});

export type CommandEventMetadata = z.infer<typeof commandEventMetadataSchema>;
