import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '../auth/allow.decorator';
import { CallerOf } from '../auth/caller.decorator';
import type { Caller } from '../auth/principal';
import { APPRAISAL, type AppraisalService, SUBMISSIONS, type SubmissionsService } from '../grpc/service-clients';
import { refTo } from '../openapi/dto';
import { ApiPathParams } from '../openapi/path-params';
import { Problem } from '../shared/shared.schemas';
import { AppraisalQueue, appraisalQueueView } from './appraisal-queue.view';

/** The appraisers' and the council's queue, and the province's board: how far each unit's appraisal has gone. */
@ApiTags('Thẩm định')
@ApiPathParams('cycleId')
@Controller('cycles/:cycleId/appraisals')
export class AppraisalQueueController {
  constructor(
    @Inject(SUBMISSIONS) private readonly submissions: SubmissionsService,
    @Inject(APPRAISAL) private readonly appraisal: AppraisalService,
  ) {}

  @Get()
  // Not the unit roles: the queue shows every unit of the cycle.
  @Allow('APPRAISER', 'COUNCIL_MEMBER', 'COUNCIL_CHAIR', 'PROVINCE_ADMIN', 'NATIONAL_VIEWER')
  @ApiOperation({
    summary: 'Tiến độ thẩm định của mọi đơn vị trong kỳ',
    description: 'Dữ liệu đọc được cập nhật sau lệnh một chút (eventual consistency). Kỳ không tồn tại: 404 CYCLE_NOT_FOUND.',
  })
  @ApiOkResponse({ schema: refTo(AppraisalQueue) })
  @ApiNotFoundResponse({ description: 'Không tìm thấy kỳ đánh giá', content: { 'application/problem+json': { schema: refTo(Problem) } } })
  async queue(@Param('cycleId') cycleId: string, @CallerOf() caller: Caller) {
    // The cycle's units first: an unknown cycle is a 404 from the service that knows the cycles.
    const overview = await this.submissions.query((rpc) => rpc.getCycleOverview, { cycleId }, caller);
    const appraisals = await this.appraisal.query((rpc) => rpc.listAppraisals, { cycleId }, caller);
    return appraisalQueueView(cycleId, overview.units, appraisals);
  }
}
