import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ROLES, Role } from '@par/contracts';
import { refTo } from '../openapi/dto';
import { Problem } from '../shared/shared.schemas';

export const ALLOWED_ROLES = 'par:allowed-roles';
export const INDEPENDENT_OF_UNIT = 'par:independent-of-unit';

/** Every role may read (unit roles their own unit only, see AuthGuard). */
export const ANY_ROLE: readonly Role[] = ROLES;

/**
 * The roles that may call a route. The services check again (defence in depth); the gateway refuses
 * early so that a wrong caller costs no service call. Also documents the route's security in OpenAPI.
 */
export function Allow(...roles: Role[]) {
  return applyDecorators(
    SetMetadata(ALLOWED_ROLES, roles),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Thiếu hoặc sai mã thông báo (bearer token)', content: problemContent() }),
    ApiForbiddenResponse({
      description: `Vai trò không được phép (ROLE_NOT_ALLOWED) hoặc không phải đơn vị của mình (WRONG_UNIT). Vai trò được phép: ${roles.join(', ')}`,
      content: problemContent(),
    }),
  );
}

/** Appraisal of a unit: an appraiser may never act on the unit they belong to (APPRAISER_OWN_UNIT). */
export const IndependentOfUnit = () => SetMetadata(INDEPENDENT_OF_UNIT, true);

function problemContent() {
  return { 'application/problem+json': { schema: refTo(Problem) } };
}
