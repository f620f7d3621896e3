import Decimal from 'decimal.js';
import { DomainError, quote } from '../domain-error';
import { ExactDecimal, parseTwoPlaceDecimal } from '../exact-decimal';
import { invalid, ok, Validation } from '../result';
import { IndexValue } from './par-index';

/** A threshold as written in the interchange file: `{ class: "KHA", label: "Khá", minIndex: 65 }`. */
export interface ThresholdInput {
  readonly class: string;
  readonly label: string;
  readonly minIndex: number | string;
}

/** A class of the scale and the lowest index that earns it. */
export interface Classification {
  readonly class: string;
  readonly label: string;
  readonly minIndex: Decimal;
}

/** A cycle's (or a group's) classification thresholds, highest minIndex first. */
export interface ClassificationScale {
  readonly thresholds: readonly Classification[];
}

/**
 * Checks thresholds: at least one, each with a class code, unique classes, unique minIndex in [0, 100]
 * with at most 2 decimals (the index has 2). No 0 floor is required: the national groups A/B/C stop at
 * 70, and an index below the lowest threshold is simply unclassified.
 */
export function parseThresholds(input: readonly ThresholdInput[], field = 'thresholds'): Validation<ClassificationScale> {
  if (input.length === 0) {
    return invalid([new DomainError('THRESHOLDS_EMPTY', `${field} must list at least one class`, { field, value: input })]);
  }
  const errors: DomainError[] = [];
  const thresholds: Classification[] = [];
  const seenClasses = new Set<string>();
  input.forEach((raw, position) => {
    const at = `${field}[${position}]`;
    const className = typeof raw.class === 'string' ? raw.class.trim() : '';
    if (className === '') {
      errors.push(new DomainError('THRESHOLD_CLASS_MISSING', `${at}.class is required`, { field: `${at}.class`, value: raw.class }));
    } else if (seenClasses.has(className)) {
      errors.push(
        new DomainError('THRESHOLD_CLASS_DUPLICATE', `${at}.class ${quote(className)} appears more than once`, { field: `${at}.class`, value: raw.class }),
      );
    }
    seenClasses.add(className);
    const minIndex = parseTwoPlaceDecimal(raw.minIndex, { field: `${at}.minIndex`, noun: `${at}.minIndex` });
    if (!minIndex.ok || minIndex.value.lt(0) || minIndex.value.gt(100)) {
      errors.push(
        new DomainError('THRESHOLD_MIN_INDEX_INVALID', `${at}.minIndex ${quote(raw.minIndex)} must be a number in [0, 100] with at most 2 decimals`, {
          field: `${at}.minIndex`,
          value: raw.minIndex,
        }),
      );
    } else if (thresholds.some((known) => known.minIndex.eq(minIndex.value))) {
      errors.push(
        new DomainError('THRESHOLD_MIN_INDEX_DUPLICATE', `${at}.minIndex ${minIndex.value} is already another class's threshold`, {
          field: `${at}.minIndex`,
          value: raw.minIndex,
        }),
      );
    } else {
      thresholds.push({ class: className, label: typeof raw.label === 'string' ? raw.label : className, minIndex: minIndex.value });
    }
  });
  if (errors.length > 0) return invalid(errors);
  return ok({ thresholds: [...thresholds].sort((a, b) => b.minIndex.comparedTo(a.minIndex)) });
}

/** A group's own thresholds, when it has them, replace the cycle's for that group. */
export function scaleForGroup(cycleScale: ClassificationScale, groupScale: ClassificationScale | null | undefined): ClassificationScale {
  return groupScale ?? cycleScale;
}

/**
 * The class with the highest minIndex not above the (already rounded) index: 80.00 is TOT, 79.99 KHA.
 * A negative index (deductions beyond the achieved points) is classified as 0, so a 0 floor still
 * catches it. No index (nothing applicable) or an index below every threshold: null.
 */
export function classify(index: IndexValue | null, scale: ClassificationScale): Classification | null {
  if (index === null) return null;
  const value = Decimal.max(index.toDecimal(), new ExactDecimal(0));
  return scale.thresholds.find((threshold) => threshold.minIndex.lte(value)) ?? null;
}
