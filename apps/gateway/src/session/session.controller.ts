import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Allow, ANY_ROLE } from '../auth/allow.decorator';
import { CallerOf } from '../auth/caller.decorator';
import type { Caller } from '../auth/principal';
import { dto, refTo } from '../openapi/dto';

export const SessionView = dto(
  'Session',
  z
    .object({
      userId: z.string(),
      role: z.string().meta({ description: 'Vai trò mà yêu cầu được chấp nhận' }),
      unitId: z.string().nullable().meta({ description: 'Đơn vị của người dùng; null với vai trò cấp tỉnh' }),
    })
    .meta({ description: 'Người gọi theo mã thông báo (token)' }),
);

/**
 * Who the token says the caller is (GET /api/v1/session), answered by the gateway alone: a client checks its
 * token with it, and the benchmarks measure the HTTP and auth stack's own limit with it (no service behind).
 */
@ApiTags('Tra cứu')
@Controller('session')
export class SessionController {
  @Get()
  @Allow(...ANY_ROLE)
  @ApiOperation({ summary: 'Người dùng hiện tại: mã, vai trò, đơn vị' })
  @ApiOkResponse({ schema: refTo(SessionView) })
  session(@CallerOf() { actor }: Caller) {
    return { userId: actor.userId, role: actor.role, unitId: actor.unitId ?? null };
  }
}
