import { QueryBus } from '@nestjs/cqrs';
import type { RpcReply, RpcRequest } from '@par/contracts';
import { GrpcController, requiredId } from '@par/grpc-server';
import { AppraisalRpc } from '../infrastructure/appraisal-rpc';
import type { AppraisalSheetView } from '../projections/appraisal-sheet/appraisal-sheet.view';
import { GetAppraisalSheetQuery } from './get-appraisal-sheet.query';

type SheetMessage = RpcReply<'appraisal', 'GetAppraisalSheet'>;

/** The unit's appraisal sheet, in the proto's shape: what has not happened or has no value is left unset. */
@GrpcController()
export class GetAppraisalSheetGrpc {
  constructor(private readonly queries: QueryBus) {}

  @AppraisalRpc('GetAppraisalSheet')
  async get(request: RpcRequest<'appraisal', 'GetAppraisalSheet'>): Promise<SheetMessage> {
    const cycleId = requiredId(request.cycleId, 'cycleId');
    const unitId = requiredId(request.unitId, 'unitId');
    return sheetMessage(await this.queries.execute(new GetAppraisalSheetQuery(cycleId, unitId)));
  }
}

function sheetMessage(sheet: AppraisalSheetView): SheetMessage {
  return {
    cycleId: sheet.cycleId,
    unitId: sheet.unitId,
    phase: sheet.phase,
    ...present('sentAt', sheet.sentAt?.toISOString()),
    ...present('explanationDeadline', sheet.explanationDeadline?.toISOString()),
    ...present('finalizedAt', sheet.finalizedAt?.toISOString()),
    version: sheet.version,
    leaves: sheet.leaves.map(({ selfPoints, points, ...leaf }) => ({
      ...leaf,
      ...present('selfPoints', selfPoints),
      ...present('points', points),
      applicable: points !== null,
    })),
    adjustments: sheet.adjustments.map(({ criterion, ref, ...adjustment }) => ({ ...adjustment, ...present('criterion', criterion), ...present('ref', ref) })),
  };
}

/** An optional proto field: set when there is a value, left out (never '') when there is none. */
function present<K extends string>(field: K, value: string | null | undefined): Partial<Record<K, string>> {
  return value === null || value === undefined ? {} : ({ [field]: value } as Record<K, string>);
}
