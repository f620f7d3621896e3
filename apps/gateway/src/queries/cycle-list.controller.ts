import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, ANY_ROLE } from '../auth/allow.decorator';
import { CallerOf } from '../auth/caller.decorator';
import type { Caller } from '../auth/principal';
import { SUBMISSIONS, type SubmissionsService } from '../grpc/service-clients';
import { refTo } from '../openapi/dto';
import { CycleList, cycleListView } from './cycle-list.view';

/** The list of cycles (GET /api/v1/cycles): what every screen's cycle picker offers, and a unit's years for its trend. */
@ApiTags('Tra cứu')
@Controller('cycles')
export class CycleListController {
  constructor(@Inject(SUBMISSIONS) private readonly submissions: SubmissionsService) {}

  @Get()
  @Allow(...ANY_ROLE)
  @ApiOperation({ summary: 'Danh sách kỳ đánh giá (mã, năm, tên, trạng thái), năm gần nhất trước' })
  @ApiOkResponse({ schema: refTo(CycleList) })
  async cycles(@CallerOf() caller: Caller) {
    return cycleListView(await this.submissions.query((rpc) => rpc.listCycles, {}, caller));
  }
}
