import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiParam, ApiProduces, ApiQuery, ApiResponse } from '@nestjs/swagger';
import { refTo } from '../openapi/dto';
import { Problem } from '../shared/shared.schemas';
import { FILE_PART, MAX_FILE_BYTES } from './cycle-file.upload';
import { XLSX_CONTENT_TYPE } from './transfer-formats';
import { ImportRefusedView, ImportStatusView } from './transfer.views';

// The transfer routes' OpenAPI: a multipart body, a 202 with a status resource, and a binary answer.

const MB = MAX_FILE_BYTES / 1024 / 1024;

const problem = (status: number, description: string) =>
  ApiResponse({ status, description, content: { 'application/problem+json': { schema: refTo(Problem) } } });

const notHere = (command: string) => problem(501, `Chế độ này không nhập/xuất qua HTTP (triển khai phân tán): dùng lệnh \`${command}\``);

export function ApiImportUpload() {
  return applyDecorators(
    ApiOperation({
      summary: 'Nhập một kỳ đánh giá từ tệp (JSON hoặc XLSX theo INTERCHANGE.md)',
      description:
        `Gửi multipart/form-data với một phần \`${FILE_PART}\` (.json hoặc .xlsx, tối đa ${MB} MB). Tệp được kiểm tra toàn bộ trước: ` +
        'có lỗi thì không ghi gì (422, kèm trang tính, dòng, cột). Hợp lệ thì việc nhập chạy nền: theo dõi tại địa chỉ trong `Location`. ' +
        'Nhập lại cùng một tệp không thay đổi gì.',
    }),
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: {
        type: 'object',
        required: [FILE_PART],
        properties: { [FILE_PART]: { type: 'string', format: 'binary', description: `Tệp kỳ đánh giá .json hoặc .xlsx, tối đa ${MB} MB` } },
      },
    }),
    ApiResponse({
      status: 202,
      description: 'Đã nhận tệp và xếp hàng nhập; theo dõi tiến độ tại `Location`',
      headers: { Location: { description: 'Địa chỉ trạng thái lần nhập, /api/v1/imports/{importId}', schema: { type: 'string' } } },
      content: { 'application/json': { schema: refTo(ImportStatusView) } },
    }),
    problem(400, `Thiếu phần \`${FILE_PART}\`, nhiều tệp, tên tệp sai hoặc multipart sai định dạng`),
    problem(413, `Tệp lớn hơn ${MB} MB`),
    problem(415, 'Không phải tệp .json / .xlsx, hoặc yêu cầu không phải multipart/form-data'),
    ApiResponse({
      status: 422,
      description: 'Tệp bị từ chối, không có gì được ghi: `problems` liệt kê từng lỗi với trang tính, dòng, cột (hoặc trường, đơn vị, tiêu chí)',
      content: { 'application/problem+json': { schema: refTo(ImportRefusedView) } },
    }),
    notHere('par import <file>'),
  );
}

export function ApiImportStatus() {
  return applyDecorators(
    ApiOperation({ summary: 'Trạng thái và tiến độ một lần nhập tệp' }),
    ApiParam({ name: 'importId', description: 'Mã lần nhập (từ Location khi gửi tệp)', type: String }),
    ApiResponse({ status: 200, description: 'Trạng thái lần nhập', content: { 'application/json': { schema: refTo(ImportStatusView) } } }),
    problem(404, 'Không có lần nhập này (hoặc đã quá lâu)'),
    notHere('par import <file>'),
  );
}

export function ApiCycleExport() {
  return applyDecorators(
    ApiOperation({ summary: 'Xuất kỳ đánh giá ra tệp (JSON hoặc XLSX theo INTERCHANGE.md)', description: 'Nhập lại tệp xuất ra cho cùng kết quả.' }),
    ApiParam({ name: 'cycleId', description: 'Mã kỳ đánh giá, ví dụ tinh-demo-2025', type: String }),
    ApiQuery({ name: 'format', required: false, enum: ['json', 'xlsx'], description: 'Định dạng tệp; mặc định json' }),
    ApiProduces('application/json', XLSX_CONTENT_TYPE),
    ApiResponse({
      status: 200,
      description: 'Tệp kỳ đánh giá, tải về dưới tên <cycleId>.json hoặc <cycleId>.xlsx',
      headers: { 'Content-Disposition': { description: 'attachment; filename="<cycleId>.json|.xlsx"', schema: { type: 'string' } } },
      content: {
        'application/json': { schema: { type: 'object', description: 'Tệp kỳ đánh giá "format": "par-interchange/1"' } },
        [XLSX_CONTENT_TYPE]: { schema: { type: 'string', format: 'binary', description: 'Sổ tính: mỗi mảng cấp cao nhất một trang tính' } },
      },
    }),
    problem(400, 'Tham số format không phải json hoặc xlsx'),
    problem(404, 'Không tìm thấy kỳ đánh giá'),
    notHere('par export <cycleId>'),
  );
}
