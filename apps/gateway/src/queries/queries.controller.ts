import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { Allow, ANY_ROLE } from '../auth/allow.decorator';
import { CallerOf } from '../auth/caller.decorator';
import type { Caller } from '../auth/principal';
import { SUBMISSIONS, type SubmissionsService } from '../grpc/service-clients';
import { refTo } from '../openapi/dto';
import { ApiPathParams } from '../openapi/path-params';
import { ProgressQuery } from '../self-assessment/self-assessment.schemas';
import { Problem } from '../shared/shared.schemas';
import { ZodInput } from '../validation/zod-body.pipe';
import { CycleOverview, cycleOverviewView } from './cycle-overview.view';
import { ProgressView, progressView } from './progress.view';
import { SelfAssessmentView, selfAssessmentView } from './self-assessment.view';

const NOT_FOUND = { description: 'Không tìm thấy', content: { 'application/problem+json': { schema: refTo(Problem) } } };
const FOLLOWS = 'Dữ liệu đọc được cập nhật sau lệnh một chút (eventual consistency).';

/** Reads of the submissions service's read model; unit roles read their own unit only (AuthGuard). */
@ApiTags('Tra cứu')
@ApiPathParams('cycleId')
@Controller('cycles/:cycleId')
@Allow(...ANY_ROLE)
export class QueriesController {
  constructor(@Inject(SUBMISSIONS) private readonly submissions: SubmissionsService) {}

  @Get()
  @ApiOperation({ summary: 'Tổng quan kỳ đánh giá: nhóm, đơn vị, bộ tiêu chí', description: FOLLOWS })
  @ApiOkResponse({ schema: refTo(CycleOverview) })
  @ApiNotFoundResponse(NOT_FOUND)
  async cycle(@Param('cycleId') cycleId: string, @CallerOf() caller: Caller) {
    return cycleOverviewView(await this.submissions.query((rpc) => rpc.getCycleOverview, { cycleId }, caller));
  }

  @Get('units/:unitId/self-assessment')
  @ApiPathParams('unitId')
  @ApiOperation({ summary: 'Bảng tự đánh giá của đơn vị', description: FOLLOWS })
  @ApiOkResponse({ schema: refTo(SelfAssessmentView) })
  @ApiNotFoundResponse(NOT_FOUND)
  async selfAssessment(@Param('cycleId') cycleId: string, @Param('unitId') unitId: string, @CallerOf() caller: Caller) {
    return selfAssessmentView(await this.submissions.query((rpc) => rpc.getSelfAssessment, { cycleId, unitId }, caller));
  }

  @Get('units/:unitId/progress')
  @ApiPathParams('unitId')
  @ApiOperation({ summary: 'Tiến độ: điểm đã đạt, điểm chờ điều tra, điểm dự kiến', description: FOLLOWS })
  @ApiQuery({ name: 'expectedSurveyRatio', required: false, description: 'Tỷ lệ dự kiến ở các tiêu chí điều tra (0–1)' })
  @ApiOkResponse({ schema: refTo(ProgressView) })
  @ApiNotFoundResponse(NOT_FOUND)
  async progress(
    @Param('cycleId') cycleId: string,
    @Param('unitId') unitId: string,
    @Query(new ZodInput(ProgressQuery, 'query')) query: z.output<typeof ProgressQuery>,
    @CallerOf() caller: Caller,
  ) {
    return progressView(
      await this.submissions.query((rpc) => rpc.getProgress, { cycleId, unitId, expectedSurveyRatio: query.expectedSurveyRatio ?? '' }, caller),
    );
  }
}
