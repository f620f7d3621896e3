import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import { READ_MODEL_DATA_SOURCE } from '../infrastructure/config.token';
import type { Repository } from 'typeorm';
import { treeFromData } from '../domain/shared/criteria-data';
import { CriteriaSetRow, GroupRow, UnitRow } from '../projections/read-model.entities';
import { CycleOverview, GetCycleOverview } from './get-cycle-overview.query';
import { SheetReader } from './sheet-reader';

@QueryHandler(GetCycleOverview)
export class GetCycleOverviewHandler implements IQueryHandler<GetCycleOverview> {
  constructor(
    private readonly sheets: SheetReader,
    @InjectRepository(GroupRow, READ_MODEL_DATA_SOURCE) private readonly groups: Repository<GroupRow>,
    @InjectRepository(UnitRow, READ_MODEL_DATA_SOURCE) private readonly units: Repository<UnitRow>,
    @InjectRepository(CriteriaSetRow, READ_MODEL_DATA_SOURCE) private readonly sets: Repository<CriteriaSetRow>,
  ) {}

  async execute({ cycleId }: GetCycleOverview): Promise<CycleOverview> {
    const cycle = await this.sheets.cycle(cycleId);
    const [groups, units, sets] = await Promise.all([
      this.groups.find({ where: { cycleId }, order: { groupId: 'ASC' } }),
      this.units.find({ where: { cycleId }, order: { registeredSeq: 'ASC' } }),
      this.sets.find({ where: { cycleId }, order: { criteriaSetId: 'ASC' } }),
    ]);
    return {
      cycleId,
      year: cycle.year,
      title: cycle.title,
      evaluator: cycle.evaluator,
      status: cycle.status,
      selfAssessmentDue: cycle.selfAssessmentDue ?? '',
      groups: groups.map(({ groupId, name, criteriaSetId }) => ({ groupId, name, criteriaSetId })),
      units: units.map(({ unitId, name, groupId, parentId }) => ({ unitId, name, groupId, parentId: parentId ?? '' })),
      criteriaSets: sets.map(({ criteriaSetId, version, criteria }) => {
        const tree = treeFromData(criteria);
        return { criteriaSetId, version, maxTotal: tree.totalMax().toString(), leafCount: tree.leaves().length, criteria };
      }),
    };
  }
}
