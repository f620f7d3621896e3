import type { Actor, AppraisalEntry, CouncilVoteEntry, CycleFile, SelfAssessmentEntry } from '@par/contracts';

/**
 * The people an imported cycle's commands are issued as, so its audit trail reads like a cycle run live:
 * the province admin sets it up, the unit's own official (the file's `submittedBy`) scores as reporter
 * and submits as head, the file's appraiser appraises, and the council's chair records the council's
 * decisions. Where the file names nobody, a stand-in that says which role acted.
 */
export const DEFAULT_COUNCIL_MEMBERS = 7;

export function provinceAdmin(file: CycleFile): Actor {
  return { userId: `admin.${file.cycle.evaluator}`, role: 'PROVINCE_ADMIN' };
}

function unitOfficial(unitId: string, entry: SelfAssessmentEntry | undefined): string {
  return entry?.submittedBy?.trim() || `officer.${unitId}`;
}

export function unitReporter(unitId: string, entry: SelfAssessmentEntry | undefined): Actor {
  return { userId: unitOfficial(unitId, entry), role: 'UNIT_REPORTER', unitId };
}

export function unitHead(unitId: string, entry: SelfAssessmentEntry | undefined): Actor {
  return { userId: unitOfficial(unitId, entry), role: 'UNIT_HEAD', unitId };
}

/** An appraiser belongs to no appraised unit (the deciders refuse one appraising their own). */
export function appraiser(file: CycleFile, entry: AppraisalEntry): Actor {
  return { userId: entry.appraiser?.trim() || `appraiser.${file.cycle.evaluator}`, role: 'APPRAISER' };
}

export function councilChair(file: CycleFile, entry: AppraisalEntry): Actor {
  return { userId: entry.councilChair?.trim() || `council-chair.${file.cycle.evaluator}`, role: 'COUNCIL_CHAIR' };
}

/** The file's vote, else a unanimous council of 7. */
export function councilVotes(votes: CouncilVoteEntry | undefined): CouncilVoteEntry {
  return votes ?? { for: DEFAULT_COUNCIL_MEMBERS, against: 0, abstain: 0, members: DEFAULT_COUNCIL_MEMBERS };
}
