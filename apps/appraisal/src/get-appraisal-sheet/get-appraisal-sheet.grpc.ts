import { QueryBus } from '@nestjs/cqrs';
import { GrpcMethod } from '@nestjs/microservices';
import { APPRAISAL_SERVICE, AppraisalGrpcController, AppraisalRequest } from '../api/grpc-request';
import { RequestError } from '@par/grpc-server';
import { AppraisalSheetView, GetAppraisalSheet } from '../queries/get-appraisal-sheet.query';

/** The unit's appraisal sheet, in the proto's shape (empty strings for what has not happened). */
@AppraisalGrpcController()
export class GetAppraisalSheetGrpc {
  constructor(private readonly queries: QueryBus) {}

  @GrpcMethod(APPRAISAL_SERVICE, 'GetAppraisalSheet')
  async get(request: AppraisalRequest) {
    if (!request.cycleId || !request.unitId) throw new RequestError('REQUEST_INVALID', 'cycle_id and unit_id are required', request.cycleId ? 'unitId' : 'cycleId');
    return sheetMessage(await this.queries.execute(new GetAppraisalSheet(request.cycleId, request.unitId)));
  }
}

function sheetMessage(sheet: AppraisalSheetView) {
  return {
    cycleId: sheet.cycleId,
    unitId: sheet.unitId,
    phase: sheet.phase,
    sentAt: sheet.sentAt?.toISOString() ?? '',
    explanationDeadline: sheet.explanationDeadline?.toISOString() ?? '',
    finalizedAt: sheet.finalizedAt?.toISOString() ?? '',
    version: sheet.version,
    leaves: sheet.leaves.map((leaf) => ({ ...leaf, selfPoints: leaf.selfPoints ?? '', points: leaf.points ?? '', applicable: leaf.points !== null })),
    adjustments: sheet.adjustments.map((adjustment) => ({ ...adjustment, criterion: adjustment.criterion ?? '', ref: adjustment.ref ?? '' })),
  };
}
