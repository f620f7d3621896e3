import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { AppraisalSheetAdjustmentRow, AppraisalSheetLeafRow, AppraisalSheetRow } from '../projections/appraisal-sheet.entities';
import { AppraisalNotFoundError } from './appraisal-not-found.error';
import { AppraisalSheetAdjustmentView, AppraisalSheetLeafView, AppraisalSheetView, GetAppraisalSheet } from './get-appraisal-sheet.query';

@QueryHandler(GetAppraisalSheet)
export class GetAppraisalSheetHandler implements IQueryHandler<GetAppraisalSheet, AppraisalSheetView> {
  constructor(
    @InjectRepository(AppraisalSheetRow) private readonly sheets: Repository<AppraisalSheetRow>,
    @InjectRepository(AppraisalSheetLeafRow) private readonly leaves: Repository<AppraisalSheetLeafRow>,
    @InjectRepository(AppraisalSheetAdjustmentRow) private readonly adjustments: Repository<AppraisalSheetAdjustmentRow>,
  ) {}

  async execute({ cycleId, unitId }: GetAppraisalSheet): Promise<AppraisalSheetView> {
    const sheet = await this.sheets.findOneBy({ cycleId, unitId });
    if (!sheet) throw new AppraisalNotFoundError(cycleId, unitId);
    const [leaves, adjustments] = await Promise.all([
      this.leaves.find({ where: { cycleId, unitId }, order: { position: 'ASC' } }),
      this.adjustments.find({ where: { cycleId, unitId }, order: { streamVersion: 'ASC' } }),
    ]);
    return {
      cycleId,
      unitId,
      phase: sheet.phase as AppraisalSheetView['phase'],
      sentAt: sheet.sentAt,
      explanationDeadline: sheet.explanationDeadline,
      finalizedAt: sheet.finalizedAt,
      version: sheet.streamVersion,
      leaves: leaves.map(leafView),
      adjustments: adjustments.map(adjustmentView),
    };
  }
}

function leafView(row: AppraisalSheetLeafRow): AppraisalSheetLeafView {
  const { criterion, title, maxPoints, notApplicableBySetup, selfPoints, points, reviewed } = row;
  return { criterion, title, maxPoints, notApplicableBySetup, selfPoints, points, reviewed, explanation: row.explanation as AppraisalSheetLeafView['explanation'] };
}

function adjustmentView(row: AppraisalSheetAdjustmentRow): AppraisalSheetAdjustmentView {
  const { kind, points, reason, criterion, ref, removed } = row;
  return { id: row.adjustmentId, kind: kind as AppraisalSheetAdjustmentView['kind'], points, reason, criterion, ref, removed };
}
