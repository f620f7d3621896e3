import { Query } from '@nestjs/cqrs';
import type { CriterionNodeData } from '../domain/contracts';

export interface CycleOverview {
  cycleId: string;
  year: number;
  title: string;
  evaluator: string;
  status: string;
  /** Absent until the deadlines are set. */
  selfAssessmentDue?: string;
  groups: { groupId: string; name: string; criteriaSetId: string }[];
  /** parentId absent: directly under the evaluator. */
  units: { unitId: string; name: string; groupId: string; parentId?: string }[];
  criteriaSets: { criteriaSetId: string; version: number; maxTotal: string; leafCount: number; criteria: CriterionNodeData[] }[];
}

/** A cycle as its admin sees it: status, groups, units, and each criteria set at its current version. */
export class GetCycleOverviewQuery extends Query<CycleOverview> {
  constructor(readonly cycleId: string) {
    super();
  }
}
