import { Controller, HttpCode, Inject, Optional, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '../auth/allow.decorator';
import { CallerOf } from '../auth/caller.decorator';
import type { Caller } from '../auth/principal';
import {
  APPRAISAL,
  type AppraisalService,
  RANKING,
  type RankingService,
  SUBMISSIONS,
  type SubmissionsService,
  SURVEY,
  type SurveyService,
} from '../grpc/service-clients';
import { refTo } from '../openapi/dto';
import { LogVerificationsView, serviceVerificationView } from './log-verification.view';

/**
 * "Kiểm tra nhật ký": every configured service recomputes the hash chains of its own event log (VerifyLog), as
 * `par verify` does over the stores. The province and the council chair answer for the log's integrity.
 */
@ApiTags('Nhật ký sự kiện')
@Controller('log-verifications')
export class LogVerificationController {
  constructor(
    @Inject(SUBMISSIONS) private readonly submissions: SubmissionsService,
    @Optional() @Inject(APPRAISAL) private readonly appraisal?: AppraisalService,
    @Optional() @Inject(RANKING) private readonly ranking?: RankingService,
    @Optional() @Inject(SURVEY) private readonly survey?: SurveyService,
  ) {}

  @Post()
  @HttpCode(200)
  @Allow('PROVINCE_ADMIN', 'COUNCIL_CHAIR')
  @ApiOperation({
    summary: 'Kiểm tra nhật ký: tính lại chuỗi băm của nhật ký sự kiện mỗi dịch vụ',
    description: 'Mỗi dịch vụ: ok kèm số sự kiện và số luồng, hoặc sự kiện đầu tiên bị sai. Không ghi gì; có thể mất vài giây với nhật ký lớn.',
  })
  @ApiOkResponse({ schema: refTo(LogVerificationsView) })
  async verify(@CallerOf() caller: Caller): Promise<LogVerificationsView> {
    // The four checks run side by side: each reads only its own service's log.
    const checks = [
      this.submissions.query((rpc) => rpc.verifyLog, {}, caller).then((reply) => serviceVerificationView('submissions', reply)),
      this.appraisal?.query((rpc) => rpc.verifyLog, {}, caller).then((reply) => serviceVerificationView('appraisal', reply)),
      this.ranking?.query((rpc) => rpc.verifyLog, {}, caller).then((reply) => serviceVerificationView('ranking', reply)),
      this.survey?.query((rpc) => rpc.verifyLog, {}, caller).then((reply) => serviceVerificationView('survey', reply)),
    ];
    const services = await Promise.all(checks.filter((check) => check !== undefined));
    return { services };
  }
}
