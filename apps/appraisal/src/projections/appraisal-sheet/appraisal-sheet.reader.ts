import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { AppraisalSheetAdjustmentRow, AppraisalSheetLeafRow, AppraisalSheetRow } from './appraisal-sheet.entities';
import type { AppraisalSheetAdjustmentView, AppraisalSheetLeafView, AppraisalSheetView, AppraisalSummaryView } from './appraisal-sheet.view';

/** Reads a unit's sheet from the read model's tables, leaves in the set's order, adjustments in recording order. */
@Injectable()
export class AppraisalSheetReader {
  constructor(
    @InjectRepository(AppraisalSheetRow) private readonly sheets: Repository<AppraisalSheetRow>,
    @InjectRepository(AppraisalSheetLeafRow) private readonly leaves: Repository<AppraisalSheetLeafRow>,
    @InjectRepository(AppraisalSheetAdjustmentRow) private readonly adjustments: Repository<AppraisalSheetAdjustmentRow>,
  ) {}

  /** Every appraisal of the cycle the sheet holds, by unit id: a unit missing has not submitted (or is not caught up yet). */
  async appraisalsOf(cycleId: string): Promise<AppraisalSummaryView[]> {
    const sheets = await this.sheets.find({ select: { unitId: true, phase: true }, where: { cycleId }, order: { unitId: 'ASC' } });
    return sheets.map(({ unitId, phase }) => ({ unitId, phase: phase as AppraisalSummaryView['phase'] }));
  }

  /** null: no sheet for the unit in the cycle (not submitted, or not caught up yet). */
  async sheetOf(cycleId: string, unitId: string): Promise<AppraisalSheetView | null> {
    const sheet = await this.sheets.findOneBy({ cycleId, unitId });
    if (!sheet) return null;
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
  return {
    criterion,
    title,
    maxPoints,
    notApplicableBySetup,
    selfPoints,
    points,
    reviewed,
    explanation: row.explanation as AppraisalSheetLeafView['explanation'],
  };
}

function adjustmentView(row: AppraisalSheetAdjustmentRow): AppraisalSheetAdjustmentView {
  const { kind, points, reason, criterion, ref, removed } = row;
  return { id: row.adjustmentId, kind: kind as AppraisalSheetAdjustmentView['kind'], points, reason, criterion, ref, removed };
}
