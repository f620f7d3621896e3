import { QueryBus } from '@nestjs/cqrs';
import type { RpcReply, RpcRequest } from '@par/contracts';
import { GrpcController } from '@par/grpc-server';
import { appraisalOf, AppraisalRpc } from '../infrastructure/appraisal-rpc';
import type { AppraisalSheetView } from '../projections/appraisal-sheet/appraisal-sheet.view';
import { GetAppraisalSheetQuery } from './get-appraisal-sheet.query';

type SheetMessage = RpcReply<'appraisal', 'GetAppraisalSheet'>;

/** The unit's appraisal sheet, in the proto's shape: what has not happened or has no value is left unset. */
@GrpcController()
export class GetAppraisalSheetGrpc {
  constructor(private readonly queries: QueryBus) {}

  @AppraisalRpc('GetAppraisalSheet')
  async get(request: RpcRequest<'appraisal', 'GetAppraisalSheet'>): Promise<SheetMessage> {
    const { cycleId, unitId } = appraisalOf(request);
    return sheetMessage(await this.queries.execute(new GetAppraisalSheetQuery(cycleId, unitId)));
  }
}

/** What has no value is undefined, which the gRPC encoder leaves unset (never ''). */
function sheetMessage(sheet: AppraisalSheetView): SheetMessage {
  return {
    cycleId: sheet.cycleId,
    unitId: sheet.unitId,
    phase: sheet.phase,
    sentAt: sheet.sentAt?.toISOString(),
    explanationDeadline: sheet.explanationDeadline?.toISOString(),
    finalizedAt: sheet.finalizedAt?.toISOString(),
    version: sheet.version,
    leaves: sheet.leaves.map(({ selfPoints, points, ...leaf }) => ({
      ...leaf,
      selfPoints: selfPoints ?? undefined,
      points: points ?? undefined,
      applicable: points !== null,
    })),
    adjustments: sheet.adjustments.map(({ criterion, ref, ...adjustment }) => ({ ...adjustment, criterion: criterion ?? undefined, ref: ref ?? undefined })),
  };
}
