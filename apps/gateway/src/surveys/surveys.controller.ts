import { Body, Controller, Get, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { Allow, ANY_ROLE } from '../auth/allow.decorator';
import { CallerOf } from '../auth/caller.decorator';
import type { Caller } from '../auth/principal';
import { SURVEY, type SurveyService } from '../grpc/service-clients';
import { ApiCommand } from '../openapi/api-command.decorator';
import { refTo } from '../openapi/dto';
import { ZodInput } from '../validation/zod-body.pipe';
import { ApiCampaignId } from './survey.docs';
import { CampaignFileBody, TrendQuery } from './survey.schemas';
import { PublishedTrendView, publishedTrendView, SurveyResultsView, surveyResultsView } from './survey.views';

const FOLLOWS = 'Dữ liệu đọc được cập nhật sau lệnh một chút (eventual consistency).';

/** Survey campaigns, their indices and the points they give: the survey service (par.survey.v1.Survey). */
@ApiTags('Khảo sát sự hài lòng')
@Controller('surveys')
export class SurveysController {
  constructor(@Inject(SURVEY) private readonly survey: SurveyService) {}

  @Post()
  @Allow('PROVINCE_ADMIN')
  @ApiCommand({
    summary: 'Mở đợt khảo sát từ tệp par-survey/1 (bảng hỏi, thang đo, tiêu chí nhận điểm)',
    description: 'Gửi lại cùng một tệp không thay đổi gì (eventsAppended = 0).',
    body: CampaignFileBody,
    status: 201,
  })
  open(@Body(new ZodInput(CampaignFileBody)) body: z.output<typeof CampaignFileBody>, @CallerOf() caller: Caller) {
    return this.survey.command((rpc) => rpc.openCampaign, { campaignJson: JSON.stringify(body) }, caller);
  }

  @Get('published/:province/trend')
  @Allow(...ANY_ROLE)
  @ApiParam({ name: 'province', description: 'Mã tỉnh, ví dụ an-binh', type: String })
  @ApiQuery({ name: 'kind', required: false, description: 'PAPI hoặc DGI; bỏ trống: mọi chỉ số' })
  @ApiOperation({ summary: 'Chỉ số PAPI, DGI đã công bố của tỉnh qua các năm, theo từng nội dung', description: FOLLOWS })
  @ApiOkResponse({ schema: refTo(PublishedTrendView) })
  async trend(@Param('province') province: string, @Query(new ZodInput(TrendQuery, 'query')) query: z.output<typeof TrendQuery>, @CallerOf() caller: Caller) {
    return publishedTrendView(await this.survey.query((rpc) => rpc.getPublishedTrend, { province, ...(query.kind ? { kind: query.kind } : {}) }, caller));
  }

  @Get(':campaignId/results')
  @Allow(...ANY_ROLE)
  @ApiCampaignId()
  @ApiOperation({
    summary: 'Chỉ số hài lòng theo đơn vị, lĩnh vực và toàn tỉnh',
    description: 'Tính trên các lô câu trả lời đã nhập; chỉ số chưa có câu trả lời là null. Dữ liệu đọc được cập nhật sau lệnh một chút.',
  })
  @ApiOkResponse({ schema: refTo(SurveyResultsView) })
  async results(@Param('campaignId') campaignId: string, @CallerOf() caller: Caller) {
    return surveyResultsView(await this.survey.query((rpc) => rpc.getSurveyResults, { campaignId }, caller));
  }

  @Post(':campaignId/apply')
  @Allow('PROVINCE_ADMIN')
  @ApiCampaignId()
  @ApiCommand({
    summary: 'Ghi điểm các tiêu chí lá theo chỉ số khảo sát (điểm tối đa × chỉ số / 100)',
    description: 'Chỉ ghi các tiêu chí có điểm thay đổi; áp dụng lại sau một lô mới ghi giá trị mới, không ghi đè lịch sử.',
  })
  apply(@Param('campaignId') campaignId: string, @CallerOf() caller: Caller) {
    return this.survey.command((rpc) => rpc.applySurveyPoints, { campaignId }, caller);
  }
}
