import { Body, Controller, Get, Inject, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { rankByField } from '@par/contracts';
import type { z } from 'zod';
import { Allow, ANY_ROLE } from '../auth/allow.decorator';
import { CallerOf } from '../auth/caller.decorator';
import type { Caller } from '../auth/principal';
import { RANKING, type RankingService, SUBMISSIONS, type SubmissionsService } from '../grpc/service-clients';
import { ApiCommand } from '../openapi/api-command.decorator';
import { refTo } from '../openapi/dto';
import { ApiPathParams } from '../openapi/path-params';
import { attachmentOf } from '../transfer/attachment';
import { ZodInput } from '../validation/zod-body.pipe';
import { ProblemError } from '../problems/problem';
import { parseFieldCode } from './field-code';
import { CoalescedReads } from '../grpc/coalesced-reads';
import { KeptResults } from './kept-results';
import { writeResultsWorkbook, XLSX_CONTENT_TYPE } from './results-workbook';
import { AuditQuery, CorrectDecisionBody, PublishDecisionBody, ResultsQuery } from './ranking.schemas';
import { AuditTrailView, auditTrailView, FieldRankingView, PublishedDecisionsView, publishedDecisionsView, ResultsView } from './ranking.views';

const FOLLOWS = 'Dữ liệu đọc được cập nhật sau lệnh một chút (eventual consistency).';

/** Results, audit trail and the published decision: the ranking service (par.ranking.v1.Ranking). */
@ApiTags('Kết quả và quyết định')
@ApiPathParams('cycleId')
@Controller('cycles/:cycleId')
export class RankingController {
  constructor(
    @Inject(RANKING) private readonly ranking: RankingService,
    @Inject(SUBMISSIONS) private readonly submissions: SubmissionsService,
    private readonly keptResults: KeptResults,
    private readonly reads: CoalescedReads,
  ) {}

  @Get('results')
  @Allow(...ANY_ROLE)
  @ApiOperation({ summary: 'Kết quả: tổng điểm, chỉ số, xếp loại, thứ hạng trong nhóm', description: FOLLOWS })
  @ApiQuery({ name: 'group', required: false, description: 'Mã nhóm; bỏ trống: mọi nhóm' })
  @ApiOkResponse({ schema: refTo(ResultsView) })
  async results(
    @Param('cycleId') cycleId: string,
    @Query(new ZodInput(ResultsQuery, 'query')) query: z.output<typeof ResultsQuery>,
    @CallerOf() caller: Caller,
  ) {
    return this.keptResults.get(cycleId, query.group, caller);
  }

  @Get('field-rankings/:field')
  @ApiPathParams('field')
  @Allow(...ANY_ROLE)
  @ApiOperation({
    summary: 'Xếp hạng theo một lĩnh vực: chỉ số thành phần (điểm đạt / điểm tối đa áp dụng của lĩnh vực), thứ hạng trong nhóm',
    description: FOLLOWS,
  })
  @ApiOkResponse({ schema: refTo(FieldRankingView) })
  async fieldRanking(@Param('cycleId') cycleId: string, @Param('field') field: string, @CallerOf() caller: Caller) {
    const fieldCode = parseFieldCode(field);
    const ranking = rankByField(await this.keptResults.get(cycleId, undefined, caller), fieldCode);
    if (ranking === null) throw new ProblemError(404, 'FIELD_NOT_FOUND', `No group of cycle ${cycleId} has a field ${fieldCode}`, 'field');
    return ranking;
  }

  @Get('results.xlsx')
  @Allow(...ANY_ROLE)
  @ApiOperation({
    summary: 'Phụ lục kết quả của quyết định, tệp Excel (mỗi nhóm một trang: hạng, điểm, chỉ số, xếp loại, chỉ số thành phần)',
    description: FOLLOWS,
  })
  @ApiProduces(XLSX_CONTENT_TYPE)
  @ApiOkResponse({ description: 'Tệp XLSX' })
  async resultsWorkbook(@Param('cycleId') cycleId: string, @CallerOf() caller: Caller): Promise<StreamableFile> {
    // The overview first: an unknown cycle is its 404 (CYCLE_NOT_FOUND), and it names the groups.
    const overview = await this.submissions.query((rpc) => rpc.getCycleOverview, { cycleId }, caller);
    const results = await this.keptResults.get(cycleId, undefined, caller);
    const body = await writeResultsWorkbook(results, {
      cycleTitle: overview.title,
      groupNames: new Map(overview.groups.map((group) => [group.groupId, group.name])),
    });
    return new StreamableFile(body, { type: XLSX_CONTENT_TYPE, disposition: attachmentOf(`ket-qua-${cycleId}.xlsx`), length: body.length });
  }

  @Get('units/:unitId/audit')
  @ApiPathParams('unitId')
  @Allow(...ANY_ROLE)
  @ApiOperation({ summary: 'Lịch sử điểm của đơn vị (ai, vai trò, khi nào, lý do, minh chứng)', description: FOLLOWS })
  @ApiQuery({ name: 'criterion', required: false, description: 'Mã tiêu chí lá; bỏ trống: mọi tiêu chí' })
  @ApiOkResponse({ schema: refTo(AuditTrailView) })
  async audit(
    @Param('cycleId') cycleId: string,
    @Param('unitId') unitId: string,
    @Query(new ZodInput(AuditQuery, 'query')) query: z.output<typeof AuditQuery>,
    @CallerOf() caller: Caller,
  ) {
    const criterion = query.criterion ?? '';
    // Shared only by reads of the same caller: the service may answer by who asks.
    const key = ['audit', cycleId, unitId, criterion, caller.actor.userId, caller.actor.role, caller.actor.unitId ?? ''].join('\u0000');
    return auditTrailView(await this.reads.read(key, () => this.ranking.query((rpc) => rpc.getAuditTrail, { cycleId, unitId, criterion }, caller)));
  }

  @Get('decisions')
  @Allow(...ANY_ROLE)
  @ApiOperation({ summary: 'Quyết định đã công bố và các lần đính chính (bảng kết quả kèm mã băm)' })
  @ApiOkResponse({ schema: refTo(PublishedDecisionsView) })
  async decisions(@Param('cycleId') cycleId: string, @CallerOf() caller: Caller) {
    return publishedDecisionsView(await this.ranking.query((rpc) => rpc.getPublishedDecisions, { cycleId }, caller));
  }

  @Post('decisions')
  @Allow('PROVINCE_ADMIN')
  @ApiCommand({ summary: 'Công bố quyết định (chụp bảng kết quả hiện tại, bản 1)', body: PublishDecisionBody, status: 201 })
  publish(@Param('cycleId') cycleId: string, @Body(new ZodInput(PublishDecisionBody)) body: z.output<typeof PublishDecisionBody>, @CallerOf() caller: Caller) {
    return this.ranking.command((rpc) => rpc.publishDecision, { cycleId, ...body }, caller);
  }

  @Post('decisions/corrections')
  @Allow('PROVINCE_ADMIN')
  @ApiCommand({ summary: 'Đính chính quyết định (bản mới, có lý do)', body: CorrectDecisionBody, status: 201 })
  correct(@Param('cycleId') cycleId: string, @Body(new ZodInput(CorrectDecisionBody)) body: z.output<typeof CorrectDecisionBody>, @CallerOf() caller: Caller) {
    return this.ranking.command(
      (rpc) => rpc.correctDecision,
      { cycleId, reason: body.reason, number: body.number ?? '', date: body.date ?? '', signer: body.signer ?? '' },
      caller,
    );
  }
}
