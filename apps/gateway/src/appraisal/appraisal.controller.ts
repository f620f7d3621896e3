import { CoalescedReads } from '../grpc/coalesced-reads';
import { Body, Controller, Get, Inject, Param, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { Allow, ANY_ROLE, IndependentOfUnit } from '../auth/allow.decorator';
import { CallerOf } from '../auth/caller.decorator';
import type { Caller } from '../auth/principal';
import { APPRAISAL, type AppraisalService } from '../grpc/service-clients';
import { ApiCommand } from '../openapi/api-command.decorator';
import { refTo } from '../openapi/dto';
import { ApiPathParams } from '../openapi/path-params';
import { ZodInput } from '../validation/zod-body.pipe';
import { AdjustmentBody, AppraiseBody, CorrectionBody, ExplanationBody, ReasonBody, ResolutionBody, SendResultBody } from './appraisal.schemas';
import { AppraisalSheet, appraisalSheetView } from './appraisal.views';

type Unit = { cycleId: string; unitId: string };

/** A unit's appraisal: stream appraisal:<cycleId>:<unitId> of the appraisal service. */
@ApiTags('Thẩm định')
@ApiPathParams('cycleId', 'unitId')
@Controller('cycles/:cycleId/units/:unitId/appraisal')
export class AppraisalController {
  constructor(
    @Inject(APPRAISAL) private readonly appraisal: AppraisalService,
    private readonly reads: CoalescedReads,
  ) {}

  @Get()
  @Allow(...ANY_ROLE)
  @ApiOperation({ summary: 'Bảng thẩm định của đơn vị', description: 'Dữ liệu đọc được cập nhật sau lệnh một chút.' })
  @ApiOkResponse({ schema: refTo(AppraisalSheet) })
  async sheet(@Param('cycleId') cycleId: string, @Param('unitId') unitId: string, @CallerOf() caller: Caller) {
    // Shared only by reads of the same caller: the service may answer by who asks.
    const key = ['appraisal-sheet', cycleId, unitId, caller.actor.userId, caller.actor.role, caller.actor.unitId ?? ''].join('\u0000');
    return appraisalSheetView(await this.reads.read(key, () => this.appraisal.query((rpc) => rpc.getAppraisalSheet, { cycleId, unitId }, caller)));
  }

  @Put('scores/:criterion')
  @ApiPathParams('criterion')
  @Allow('APPRAISER')
  @IndependentOfUnit()
  @ApiCommand({ summary: 'Thẩm định điểm một tiêu chí (lý do bắt buộc khi khác điểm tự chấm)', body: AppraiseBody })
  appraise(
    @Param() unit: Unit,
    @Param('criterion') criterion: string,
    @Body(new ZodInput(AppraiseBody)) body: z.output<typeof AppraiseBody>,
    @CallerOf() caller: Caller,
  ) {
    return this.appraisal.command((rpc) => rpc.appraiseCriterion, { ...pick(unit), criterion, ...body }, caller);
  }

  @Post('scores/:criterion/accept')
  @ApiPathParams('criterion')
  @Allow('APPRAISER')
  @IndependentOfUnit()
  @ApiCommand({ summary: 'Chấp nhận điểm tự chấm của đơn vị' })
  accept(@Param() unit: Unit, @Param('criterion') criterion: string, @CallerOf() caller: Caller) {
    return this.appraisal.command((rpc) => rpc.acceptCriterion, { ...pick(unit), criterion }, caller);
  }

  @Post('scores/:criterion/not-applicable')
  @ApiPathParams('criterion')
  @Allow('APPRAISER')
  @IndependentOfUnit()
  @ApiCommand({ summary: 'Xác định tiêu chí không áp dụng (có lý do)', body: ReasonBody })
  notApplicable(
    @Param() unit: Unit,
    @Param('criterion') criterion: string,
    @Body(new ZodInput(ReasonBody)) body: z.output<typeof ReasonBody>,
    @CallerOf() caller: Caller,
  ) {
    return this.appraisal.command((rpc) => rpc.markCriterionNotApplicable, { ...pick(unit), criterion, ...body }, caller);
  }

  @Post('bonuses')
  @Allow('APPRAISER')
  @IndependentOfUnit()
  @ApiCommand({ summary: 'Ghi điểm thưởng', body: AdjustmentBody, status: 201 })
  bonus(@Param() unit: Unit, @Body(new ZodInput(AdjustmentBody)) body: z.output<typeof AdjustmentBody>, @CallerOf() caller: Caller) {
    return this.appraisal.command((rpc) => rpc.recordBonus, { ...pick(unit), ...body }, caller);
  }

  @Post('deductions')
  @Allow('APPRAISER')
  @IndependentOfUnit()
  @ApiCommand({ summary: 'Ghi điểm trừ', body: AdjustmentBody, status: 201 })
  deduction(@Param() unit: Unit, @Body(new ZodInput(AdjustmentBody)) body: z.output<typeof AdjustmentBody>, @CallerOf() caller: Caller) {
    return this.appraisal.command((rpc) => rpc.recordDeduction, { ...pick(unit), ...body }, caller);
  }

  @Post('adjustments/:adjustmentId/removal')
  @ApiPathParams('adjustmentId')
  @Allow('APPRAISER')
  @IndependentOfUnit()
  @ApiCommand({ summary: 'Huỷ một điểm thưởng / điểm trừ (có lý do)', body: ReasonBody })
  removeAdjustment(
    @Param() unit: Unit,
    @Param('adjustmentId') adjustmentId: string,
    @Body(new ZodInput(ReasonBody)) body: z.output<typeof ReasonBody>,
    @CallerOf() caller: Caller,
  ) {
    return this.appraisal.command((rpc) => rpc.removeAdjustment, { ...pick(unit), adjustmentId, ...body }, caller);
  }

  @Post('send')
  @Allow('APPRAISER', 'COUNCIL_CHAIR')
  @IndependentOfUnit()
  @ApiCommand({ summary: 'Gửi kết quả thẩm định cho đơn vị (mở thời hạn giải trình)', body: SendResultBody })
  send(@Param() unit: Unit, @Body(new ZodInput(SendResultBody)) body: z.output<typeof SendResultBody>, @CallerOf() caller: Caller) {
    return this.appraisal.command((rpc) => rpc.sendResultToUnit, { ...pick(unit), explanationWindowDays: body.explanationWindowDays }, caller);
  }

  @Post('explanations')
  @Allow('UNIT_REPORTER', 'UNIT_HEAD')
  @ApiCommand({ summary: 'Đơn vị gửi giải trình về một tiêu chí', body: ExplanationBody, status: 201 })
  explain(@Param() unit: Unit, @Body(new ZodInput(ExplanationBody)) body: z.output<typeof ExplanationBody>, @CallerOf() caller: Caller) {
    return this.appraisal.command((rpc) => rpc.fileExplanation, { ...pick(unit), ...body }, caller);
  }

  @Post('explanations/:criterion/resolution')
  @ApiPathParams('criterion')
  @Allow('COUNCIL_CHAIR')
  @IndependentOfUnit()
  @ApiCommand({ summary: 'Hội đồng giải quyết giải trình (giữ nguyên hoặc thay đổi, có lý do và biểu quyết)', body: ResolutionBody })
  resolve(
    @Param() unit: Unit,
    @Param('criterion') criterion: string,
    @Body(new ZodInput(ResolutionBody)) body: z.output<typeof ResolutionBody>,
    @CallerOf() caller: Caller,
  ) {
    return this.appraisal.command((rpc) => rpc.resolveExplanation, { ...pick(unit), criterion, ...body }, caller);
  }

  @Post('finalize')
  @Allow('COUNCIL_CHAIR')
  @IndependentOfUnit()
  @ApiCommand({ summary: 'Chủ tịch Hội đồng chốt kết quả thẩm định' })
  finalize(@Param() unit: Unit, @CallerOf() caller: Caller) {
    return this.appraisal.command((rpc) => rpc.finalizeAppraisal, pick(unit), caller);
  }

  @Post('scores/:criterion/corrections')
  @ApiPathParams('criterion')
  @Allow('PROVINCE_ADMIN')
  @ApiCommand({ summary: 'Đính chính điểm đã chốt (có lý do)', body: CorrectionBody, status: 201 })
  correct(
    @Param() unit: Unit,
    @Param('criterion') criterion: string,
    @Body(new ZodInput(CorrectionBody)) body: z.output<typeof CorrectionBody>,
    @CallerOf() caller: Caller,
  ) {
    return this.appraisal.command((rpc) => rpc.correctScore, { ...pick(unit), criterion, ...body }, caller);
  }
}

/** Only the unit's ids from the path params (which also hold the criterion or adjustment id). */
function pick({ cycleId, unitId }: Unit): Unit {
  return { cycleId, unitId };
}
