import { applyDecorators, HttpCode } from '@nestjs/common';
import { ApiBody, ApiConflictResponse, ApiNotFoundResponse, ApiOperation, ApiResponse, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { z } from 'zod';
import { CommandResult, Problem } from '../shared/shared.schemas';
import { refTo } from './dto';

interface CommandDoc {
  summary: string;
  description?: string;
  body?: z.ZodType;
  /** 201 for a new resource, 200 for an action on an existing one. */
  status?: 200 | 201;
}

/** A command route's docs: body shape, result, and the problems it can end with. */
export function ApiCommand({ summary, description, body, status = 200 }: CommandDoc) {
  const problem = { content: { 'application/problem+json': { schema: refTo(Problem) } } };
  return applyDecorators(
    HttpCode(status),
    ApiOperation({ summary, ...(description ? { description } : {}) }),
    ...(body ? [ApiBody({ schema: refTo(body) })] : []),
    ApiResponse({ status, description: 'Đã thực hiện (eventsAppended = 0 nếu không có gì thay đổi)', schema: refTo(CommandResult) }),
    ApiUnprocessableEntityResponse({ description: 'Dữ liệu không hợp lệ; `field` chỉ ra trường sai', ...problem }),
    ApiNotFoundResponse({ description: 'Không tìm thấy kỳ đánh giá', ...problem }),
    ApiConflictResponse({ description: 'Trạng thái không cho phép (đã nộp, đã khoá, kỳ đã đóng) hoặc thay đổi đồng thời', ...problem }),
  );
}
