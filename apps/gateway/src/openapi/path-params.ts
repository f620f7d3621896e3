import { applyDecorators } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';

/** Descriptions of the path parameters the routes share, for the docs. */
const DESCRIPTIONS = {
  cycleId: 'Mã kỳ đánh giá, ví dụ tinh-demo-2025',
  unitId: 'Mã đơn vị, ví dụ so-tu-phap',
  criterion: 'Mã tiêu chí lá, ví dụ 1.1',
  criteriaSetId: 'Mã bộ tiêu chí',
  field: 'Mã lĩnh vực (nút cấp 1 của bộ tiêu chí), ví dụ 2',
  adjustmentId: 'Mã điểm thưởng / điểm trừ, ví dụ deduction-1',
} as const;

export function ApiPathParams(...names: (keyof typeof DESCRIPTIONS)[]) {
  return applyDecorators(...names.map((name) => ApiParam({ name, description: DESCRIPTIONS[name], type: String })));
}
