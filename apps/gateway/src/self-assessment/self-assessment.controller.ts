import { Body, Controller, Delete, Inject, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { Allow } from '../auth/allow.decorator';
import { CallerOf } from '../auth/caller.decorator';
import type { Caller } from '../auth/principal';
import { SUBMISSIONS, type SubmissionsService } from '../grpc/service-clients';
import { ApiCommand } from '../openapi/api-command.decorator';
import { ApiPathParams } from '../openapi/path-params';
import { ZodInput } from '../validation/zod-body.pipe';
import { ReopenBody, ScoreBody, scoreFieldName } from './self-assessment.schemas';

/** A unit's self-assessment: stream self-assessment:<cycleId>:<unitId> of the submissions service. */
@ApiTags('Tự đánh giá')
@ApiPathParams('cycleId', 'unitId')
@Controller('cycles/:cycleId/units/:unitId/self-assessment')
export class SelfAssessmentController {
  constructor(@Inject(SUBMISSIONS) private readonly submissions: SubmissionsService) {}

  @Put('scores/:criterion')
  @ApiPathParams('criterion')
  @Allow('UNIT_REPORTER', 'UNIT_HEAD')
  @ApiCommand({ summary: 'Chấm (hoặc sửa) điểm tự đánh giá một tiêu chí, kèm tài liệu kiểm chứng và ghi chú', body: ScoreBody })
  score(
    @Param('cycleId') cycleId: string,
    @Param('unitId') unitId: string,
    @Param('criterion') criterion: string,
    @Body(new ZodInput(ScoreBody)) body: z.output<typeof ScoreBody>,
    @CallerOf() caller: Caller,
  ) {
    return this.submissions.command((rpc) => rpc.scoreCriterion, { ...body, cycleId, unitId, criterion }, caller, { fieldName: scoreFieldName });
  }

  @Delete('scores/:criterion')
  @ApiPathParams('criterion')
  @Allow('UNIT_REPORTER', 'UNIT_HEAD')
  @ApiCommand({ summary: 'Xoá điểm nháp của một tiêu chí' })
  clear(@Param('cycleId') cycleId: string, @Param('unitId') unitId: string, @Param('criterion') criterion: string, @CallerOf() caller: Caller) {
    return this.submissions.command((rpc) => rpc.clearScore, { cycleId, unitId, criterion }, caller, { fieldName: scoreFieldName });
  }

  @Post('submit')
  @Allow('UNIT_HEAD')
  @ApiCommand({ summary: 'Thủ trưởng đơn vị nộp bản tự đánh giá (khoá bản tự đánh giá)' })
  submit(@Param('cycleId') cycleId: string, @Param('unitId') unitId: string, @CallerOf() caller: Caller) {
    return this.submissions.command((rpc) => rpc.submitSelfAssessment, { cycleId, unitId }, caller, { fieldName: scoreFieldName });
  }

  @Post('reopen')
  @Allow('PROVINCE_ADMIN')
  @ApiCommand({ summary: 'Mở lại bản tự đánh giá đã nộp (có lý do)', body: ReopenBody })
  reopen(
    @Param('cycleId') cycleId: string,
    @Param('unitId') unitId: string,
    @Body(new ZodInput(ReopenBody)) body: z.output<typeof ReopenBody>,
    @CallerOf() caller: Caller,
  ) {
    return this.submissions.command((rpc) => rpc.reopenSelfAssessment, { ...body, cycleId, unitId }, caller);
  }
}
