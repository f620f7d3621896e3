import type { CriterionLeafData } from '@par/contracts';

/** 9 fields × 10 leaves of 1 point (step 0.25): a province's department criteria set as the import bench has it. */
export const FIELDS = 9;
export const LEAVES_PER_FIELD = 10;
export const UNITS_PER_CYCLE = 100;
/** Leaves set up as not applicable to each unit. */
export const NOT_APPLICABLE_PER_UNIT = 2;

export const THRESHOLDS = [
  { class: 'XUAT_SAC', label: 'Xuất sắc', minIndex: '90.00' },
  { class: 'TOT', label: 'Tốt', minIndex: '80.00' },
  { class: 'KHA', label: 'Khá', minIndex: '65.00' },
  { class: 'TRUNG_BINH', label: 'Trung bình', minIndex: '50.00' },
  { class: 'YEU', label: 'Yếu', minIndex: '0.00' },
];

export const LEAVES: readonly CriterionLeafData[] = Array.from({ length: FIELDS * LEAVES_PER_FIELD }, (_, index) => {
  const code = `${Math.floor(index / LEAVES_PER_FIELD) + 1}.${(index % LEAVES_PER_FIELD) + 1}`;
  return { code, title: `Tiêu chí ${code} về cải cách hành chính`, maxPoints: '1.00', method: { kind: 'manual', step: '0.25' }, source: 'self' };
});

export const CRITERIA = Array.from({ length: FIELDS }, (_, field) => ({
  code: String(field + 1),
  title: `Lĩnh vực ${field + 1}`,
  children: LEAVES.slice(field * LEAVES_PER_FIELD, (field + 1) * LEAVES_PER_FIELD),
}));
