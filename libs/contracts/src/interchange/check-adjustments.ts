import { Points } from '@par/domain';
import { AdjustmentEntry, AppraisalEntry } from './cycle-file';
import { elementPath } from './field-paths';
import { InterchangeError } from './interchange-error';
import { isBlank } from './check-leaf-score';

/** Bonus (điểm thưởng) and deductions (điểm trừ): each a positive amount of at most 2 places, with a reason. */
export function checkAdjustments(appraisal: AppraisalEntry, at: string, errors: InterchangeError[]): void {
  checkList('bonus', appraisal.bonus ?? [], appraisal.unit, at, errors);
  checkList('deductions', appraisal.deductions ?? [], appraisal.unit, at, errors);
}

function checkList(list: 'bonus' | 'deductions', adjustments: readonly AdjustmentEntry[], unit: string, at: string, errors: InterchangeError[]): void {
  adjustments.forEach((adjustment, position) => {
    const place = elementPath(at, list, adjustment, position);
    const parsed = Points.parse(adjustment.points);
    if (!parsed.ok) {
      errors.push(InterchangeError.fromDomain(parsed.error, `${place}.points`, { unit }));
    } else if (!parsed.value.isPositive()) {
      errors.push(
        new InterchangeError('ADJUSTMENT_NOT_POSITIVE', `${JSON.stringify(adjustment.points)} must be greater than 0`, {
          field: `${place}.points`,
          value: adjustment.points,
          unit,
        }),
      );
    }
    if (isBlank(adjustment.reason)) {
      errors.push(
        new InterchangeError('REASON_REQUIRED', `a reason is required for every ${list === 'bonus' ? 'bonus' : 'deduction'}`, {
          field: `${place}.reason`,
          value: adjustment.reason,
          unit,
        }),
      );
    }
  });
}
