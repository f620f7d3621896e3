import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiParam, ApiResponse } from '@nestjs/swagger';
import { refTo } from '../openapi/dto';
import { FILE_PART } from '../shared/multipart-file';
import { Problem } from '../shared/shared.schemas';
import { MAX_RESPONSES_BYTES } from './responses-file.upload';
import { SurveyImportStatusView } from './survey.views';

// The OpenAPI of the responses upload and its status resource (the other survey routes use @ApiCommand).

const MB = MAX_RESPONSES_BYTES / 1024 / 1024;

const problem = (status: number, description: string) =>
  ApiResponse({ status, description, content: { 'application/problem+json': { schema: refTo(Problem) } } });

export const ApiCampaignId = () => ApiParam({ name: 'campaignId', description: 'Mã đợt khảo sát, ví dụ sipas-2025', type: String });

export function ApiResponsesUpload() {
  return applyDecorators(
    ApiOperation({
      summary: 'Nhập tệp câu trả lời khảo sát (CSV hoặc JSON lines)',
      description:
        `Gửi multipart/form-data với một phần \`${FILE_PART}\` (.csv hoặc .jsonl, tối đa ${MB} MB; cột respondent, unit, question, answer). ` +
        'Tệp được gửi dần cho dịch vụ khảo sát ở chế độ nền: theo dõi tại địa chỉ trong `Location`. Dòng sai (đơn vị, câu hỏi lạ, ' +
        'đáp án ngoài thang) bị loại kèm số dòng, các dòng khác vẫn được ghi. Nhập lại cùng một tệp không thay đổi gì.',
    }),
    ApiCampaignId(),
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: {
        type: 'object',
        required: [FILE_PART],
        properties: { [FILE_PART]: { type: 'string', format: 'binary', description: `Tệp câu trả lời .csv hoặc .jsonl, tối đa ${MB} MB` } },
      },
    }),
    ApiResponse({
      status: 202,
      description: 'Đã nhận tệp và xếp hàng gửi; theo dõi tại `Location`',
      headers: { Location: { description: 'Địa chỉ trạng thái lần nhập, /api/v1/surveys/imports/{importId}', schema: { type: 'string' } } },
      content: { 'application/json': { schema: refTo(SurveyImportStatusView) } },
    }),
    problem(400, `Thiếu phần \`${FILE_PART}\`, nhiều tệp, tên tệp sai hoặc multipart sai định dạng`),
    problem(413, `Tệp lớn hơn ${MB} MB`),
    problem(415, 'Không phải tệp .csv / .jsonl, hoặc yêu cầu không phải multipart/form-data'),
    problem(429, 'Đang nhập quá nhiều tệp cùng lúc; gửi lại sau ít phút'),
  );
}

export function ApiSurveyImportStatus() {
  return applyDecorators(
    ApiOperation({
      summary: 'Trạng thái một lần nhập tệp câu trả lời khảo sát',
      description: 'queued → running → succeeded (kết quả: lô, số dòng ghi, các dòng bị loại) hoặc failed (lỗi). Chỉ giữ 50 lần nhập gần nhất.',
    }),
    ApiParam({ name: 'importId', description: 'Mã lần nhập (từ Location khi gửi tệp)', type: String }),
    ApiResponse({ status: 200, description: 'Trạng thái lần nhập', content: { 'application/json': { schema: refTo(SurveyImportStatusView) } } }),
    problem(404, 'Không có lần nhập này (hoặc đã quá lâu)'),
  );
}
