import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { treeFromData } from '../domain/shared/criteria-data';
import { ReadModelReader } from '../projections/submissions-read-model/read-model.reader';
import { CycleOverview, GetCycleOverviewQuery } from './get-cycle-overview.query';

@QueryHandler(GetCycleOverviewQuery)
export class GetCycleOverviewHandler implements IQueryHandler<GetCycleOverviewQuery> {
  constructor(private readonly readModel: ReadModelReader) {}

  async execute({ cycleId }: GetCycleOverviewQuery): Promise<CycleOverview> {
    const cycle = await this.readModel.cycle(cycleId);
    const { groups, units, criteriaSets } = await this.readModel.structure(cycleId);
    return {
      cycleId,
      year: cycle.year,
      title: cycle.title,
      evaluator: cycle.evaluator,
      status: cycle.status,
      selfAssessmentDue: cycle.selfAssessmentDue ?? undefined,
      groups: groups.map(({ groupId, name, criteriaSetId }) => ({ groupId, name, criteriaSetId })),
      units: units.map(({ unitId, name, groupId, parentId }) => ({ unitId, name, groupId, parentId: parentId ?? undefined })),
      criteriaSets: criteriaSets.map(({ criteriaSetId, version, criteria }) => {
        const tree = treeFromData(criteria);
        return { criteriaSetId, version, maxTotal: tree.totalMax().toString(), leafCount: tree.leaves().length, criteria };
      }),
    };
  }
}
