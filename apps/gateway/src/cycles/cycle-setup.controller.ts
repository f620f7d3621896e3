import { Body, Controller, Inject, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { Allow } from '../auth/allow.decorator';
import { CallerOf } from '../auth/caller.decorator';
import type { Caller } from '../auth/principal';
import { SUBMISSIONS, type SubmissionsService } from '../grpc/service-clients';
import { ApiCommand } from '../openapi/api-command.decorator';
import { ApiPathParams } from '../openapi/path-params';
import { ZodInput } from '../validation/zod-body.pipe';
import {
  CorrectCriteriaSetBody,
  CreateCycleBody,
  DefineCriteriaSetBody,
  DefineGroupBody,
  RegisterUnitBody,
  SetApplicabilityBody,
  SetDeadlinesBody,
  thresholdsToProto,
} from './cycle-setup.schemas';
import { withDomainSources } from './criteria-sources';

/** Cycle setup by the province admin (Sở Nội vụ): stream cycle:<cycleId> of the submissions service. */
@ApiTags('Kỳ đánh giá — thiết lập')
@Controller('cycles')
@Allow('PROVINCE_ADMIN')
export class CycleSetupController {
  constructor(@Inject(SUBMISSIONS) private readonly submissions: SubmissionsService) {}

  @Post()
  @ApiCommand({ summary: 'Tạo kỳ đánh giá', body: CreateCycleBody, status: 201 })
  create(@Body(new ZodInput(CreateCycleBody)) body: z.output<typeof CreateCycleBody>, @CallerOf() caller: Caller) {
    return this.submissions.command((rpc) => rpc.createCycle, { ...body, thresholds: thresholdsToProto(body.thresholds) }, caller);
  }

  @Post(':cycleId/groups')
  @ApiPathParams('cycleId')
  @ApiCommand({ summary: 'Định nghĩa nhóm đơn vị', body: DefineGroupBody, status: 201 })
  defineGroup(@Param('cycleId') cycleId: string, @Body(new ZodInput(DefineGroupBody)) body: z.output<typeof DefineGroupBody>, @CallerOf() caller: Caller) {
    return this.submissions.command((rpc) => rpc.defineGroup, { ...body, cycleId, thresholds: thresholdsToProto(body.thresholds) }, caller);
  }

  @Post(':cycleId/criteria-sets')
  @ApiPathParams('cycleId')
  @ApiCommand({ summary: 'Định nghĩa bộ tiêu chí', body: DefineCriteriaSetBody, status: 201 })
  defineCriteriaSet(
    @Param('cycleId') cycleId: string,
    @Body(new ZodInput(DefineCriteriaSetBody)) body: z.output<typeof DefineCriteriaSetBody>,
    @CallerOf() caller: Caller,
  ) {
    return this.submissions.command((rpc) => rpc.defineCriteriaSet, { ...body, criteria: withDomainSources(body.criteria), cycleId }, caller);
  }

  @Post(':cycleId/criteria-sets/:criteriaSetId/corrections')
  @ApiPathParams('cycleId', 'criteriaSetId')
  @ApiCommand({ summary: 'Sửa bộ tiêu chí sau khi mở kỳ (phiên bản mới, có lý do)', body: CorrectCriteriaSetBody, status: 201 })
  correctCriteriaSet(
    @Param('cycleId') cycleId: string,
    @Param('criteriaSetId') criteriaSetId: string,
    @Body(new ZodInput(CorrectCriteriaSetBody)) body: z.output<typeof CorrectCriteriaSetBody>,
    @CallerOf() caller: Caller,
  ) {
    return this.submissions.command((rpc) => rpc.correctCriteriaSet, { ...body, criteria: withDomainSources(body.criteria), cycleId, criteriaSetId }, caller);
  }

  @Post(':cycleId/units')
  @ApiPathParams('cycleId')
  @ApiCommand({ summary: 'Đăng ký đơn vị được đánh giá', body: RegisterUnitBody, status: 201 })
  registerUnit(@Param('cycleId') cycleId: string, @Body(new ZodInput(RegisterUnitBody)) body: z.output<typeof RegisterUnitBody>, @CallerOf() caller: Caller) {
    return this.submissions.command((rpc) => rpc.registerUnit, { ...body, cycleId }, caller);
  }

  @Post(':cycleId/applicability')
  @ApiPathParams('cycleId')
  @ApiCommand({ summary: 'Quyết định tiêu chí áp dụng / không áp dụng cho đơn vị', body: SetApplicabilityBody })
  setApplicability(
    @Param('cycleId') cycleId: string,
    @Body(new ZodInput(SetApplicabilityBody)) body: z.output<typeof SetApplicabilityBody>,
    @CallerOf() caller: Caller,
  ) {
    return this.submissions.command((rpc) => rpc.setApplicability, { ...body, cycleId }, caller);
  }

  @Post(':cycleId/deadlines')
  @ApiPathParams('cycleId')
  @ApiCommand({ summary: 'Đặt thời hạn tự đánh giá và giải trình', body: SetDeadlinesBody })
  setDeadlines(@Param('cycleId') cycleId: string, @Body(new ZodInput(SetDeadlinesBody)) body: z.output<typeof SetDeadlinesBody>, @CallerOf() caller: Caller) {
    return this.submissions.command((rpc) => rpc.setDeadlines, { ...body, cycleId }, caller);
  }

  @Post(':cycleId/open')
  @ApiPathParams('cycleId')
  @ApiCommand({ summary: 'Mở kỳ đánh giá (bộ tiêu chí được cố định)' })
  open(@Param('cycleId') cycleId: string, @CallerOf() caller: Caller) {
    return this.submissions.command((rpc) => rpc.openCycle, { cycleId }, caller);
  }

  @Post(':cycleId/close')
  @ApiPathParams('cycleId')
  @ApiCommand({ summary: 'Đóng kỳ đánh giá' })
  close(@Param('cycleId') cycleId: string, @CallerOf() caller: Caller) {
    return this.submissions.command((rpc) => rpc.closeCycle, { cycleId }, caller);
  }
}
