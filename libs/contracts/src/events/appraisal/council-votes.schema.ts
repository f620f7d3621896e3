import { z } from 'zod';

const count = z.number().int().nonnegative();

/** The council's vote on a resolution; members absent from the vote are members − for − against − abstain. */
export const councilVotesSchema = z.object({
  for: count,
  against: count,
  abstain: count,
  members: z.number().int().positive(),
});

export type CouncilVotes = z.infer<typeof councilVotesSchema>;
