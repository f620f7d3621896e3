import { CYCLE_FILE_FORMAT, type CycleFile, type CriterionEntry } from '@par/contracts';

/** A province-size past cycle as a published decision gives it: scores, no evidence, its own times. */
export interface PastCycleSize {
  readonly units: number;
  readonly fields: number;
  readonly leavesPerField: number;
}

/** A deterministic stream of numbers in [0, 1) (a linear congruential generator): the same file every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * The bench's cycle: one criteria set of `fields` × `leavesPerField` leaves of 1 point (step 0.25), every
 * unit scoring every leaf without evidence, one leaf in five appraised lower with a reason, a bonus for
 * one unit in seven, all finalized; submittedAt, appraisedAt and finalizedAt as a 2022 cycle's.
 */
export function pastCycleFile({ units, fields, leavesPerField }: PastCycleSize): CycleFile {
  const random = seeded(2022 * 1000 + units);
  const criteria: CriterionEntry[] = Array.from({ length: fields }, (_, field) => ({
    code: String(field + 1),
    title: `Lĩnh vực ${field + 1}`,
    children: Array.from({ length: leavesPerField }, (_, leaf) => ({
      code: `${field + 1}.${leaf + 1}`,
      title: `Tiêu chí ${field + 1}.${leaf + 1}`,
      maxPoints: 1,
      method: { kind: 'manual' as const, step: 0.25 },
      source: 'self' as const,
    })),
  }));
  const leaves = criteria.flatMap((field) => (field.children ?? []).map((leaf) => leaf.code));
  const unitIds = Array.from({ length: units }, (_, index) => `don-vi-${String(index + 1).padStart(4, '0')}`);
  const selfScores = unitIds.map(() => leaves.map(() => 0.25 * (2 + Math.floor(random() * 3))));
  return {
    format: CYCLE_FILE_FORMAT,
    cycle: {
      id: `bench-2022-${units}`,
      year: 2022,
      title: 'Chỉ số CCHC năm 2022 (benchmark)',
      evaluator: 'ubnd-tinh-bench',
      thresholds: [
        { class: 'XUAT_SAC', label: 'Xuất sắc', minIndex: 90 },
        { class: 'TOT', label: 'Tốt', minIndex: 80 },
        { class: 'KHA', label: 'Khá', minIndex: 65 },
        { class: 'TRUNG_BINH', label: 'Trung bình', minIndex: 50 },
        { class: 'YEU', label: 'Yếu', minIndex: 0 },
      ],
    },
    criteriaSets: [{ id: 'set-2022', criteria }],
    groups: [{ id: 'departments', name: 'Sở, ban, ngành', criteriaSet: 'set-2022', thresholds: null }],
    units: unitIds.map((id, index) => ({ id, name: `Đơn vị ${index + 1}`, group: 'departments', parent: null })),
    selfAssessments: unitIds.map((unit, index) => ({
      unit,
      submittedBy: `can-bo.${unit}`,
      submittedAt: '2022-11-15',
      scores: leaves.map((criterion, leaf) => ({ criterion, points: selfScores[index][leaf] })),
    })),
    appraisals: unitIds.map((unit, index) => ({
      unit,
      appraiser: 'tham-dinh.so-noi-vu',
      appraisedAt: '2022-12-10',
      finalizedAt: '2022-12-28',
      scores: leaves.flatMap((criterion, leaf) =>
        random() < 0.2 ? [{ criterion, points: selfScores[index][leaf] - 0.25, reason: 'Hồ sơ chưa đầy đủ theo quyết định công bố' }] : [],
      ),
      ...(index % 7 === 0 ? { bonus: [{ points: 0.5, reason: 'Sáng kiến cấp tỉnh' }] } : {}),
      final: true,
    })),
  };
}
