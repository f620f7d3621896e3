import type { DevTokenClaims } from '@par/gateway';

/** A cycle of the bench: one group of `units` units, one criteria set of `leaves` manual leaves (max 2, step 0.25). */
export interface BenchCycle {
  readonly cycleId: string;
  readonly units: readonly string[];
  readonly leaves: readonly string[];
}

export const admin: DevTokenClaims = { sub: 'nguyen.thi.noivu', role: 'PROVINCE_ADMIN', unitId: 'so-noi-vu' };
/** From the Department of Home Affairs, which no bench unit is: an appraiser may not appraise their own unit. */
export const appraiser: DevTokenClaims = { sub: 'tran.thi.thamdinh', role: 'APPRAISER', unitId: 'so-noi-vu' };
export const reporterOf = (unitId: string): DevTokenClaims => ({ sub: `canbo.${unitId}`, role: 'UNIT_REPORTER', unitId });
export const headOf = (unitId: string): DevTokenClaims => ({ sub: `giamdoc.${unitId}`, role: 'UNIT_HEAD', unitId });

/** The self score each unit gives its first leaf before submitting (the others stay unscored: 0). */
export const SELF_POINTS = '1.00';

export function benchCycle(cycleId: string, units: number, leaves: number): BenchCycle {
  return {
    cycleId,
    units: Array.from({ length: units }, (_, index) => `don-vi-${String(index + 1).padStart(4, '0')}`),
    // Two fields, the leaves shared between them: 1.1, 2.1, 1.2, 2.2 …
    leaves: Array.from({ length: leaves }, (_, index) => `${(index % 2) + 1}.${Math.floor(index / 2) + 1}`),
  };
}

export const paths = (cycleId: string) => {
  const cycle = `/api/v1/cycles/${cycleId}`;
  return {
    cycle,
    sheet: (unitId: string) => `${cycle}/units/${unitId}/self-assessment`,
    appraisal: (unitId: string) => `${cycle}/units/${unitId}/appraisal`,
  };
};

/** The admin's requests, in order, up to an open cycle: [method, path, body]. */
export function setupRequests({ cycleId, units, leaves }: BenchCycle): [string, string, object | undefined][] {
  const { cycle } = paths(cycleId);
  const thresholds = [
    { class: 'XUAT_SAC', label: 'Xuất sắc', minIndex: 90 },
    { class: 'TOT', label: 'Tốt', minIndex: 80 },
    { class: 'KHA', label: 'Khá', minIndex: 65 },
    { class: 'TRUNG_BINH', label: 'Trung bình', minIndex: 50 },
    { class: 'YEU', label: 'Yếu', minIndex: 0 },
  ];
  const leaf = (code: string) => ({ code, title: `Tiêu chí ${code}`, maxPoints: 2, method: { kind: 'manual', step: 0.25 }, source: 'self' });
  const criteria = ['1', '2'].map((field) => ({
    code: field,
    title: field === '1' ? 'Công tác chỉ đạo, điều hành CCHC' : 'Cải cách thủ tục hành chính',
    children: leaves.filter((code) => code.startsWith(`${field}.`)).map(leaf),
  }));
  return [
    ['POST', '/api/v1/cycles', { cycleId, year: 2025, title: `Đo độ trễ ${cycleId}`, evaluator: 'ubnd-tinh-demo', thresholds }],
    ['POST', `${cycle}/criteria-sets`, { criteriaSetId: 'set-bench', criteria }],
    ['POST', `${cycle}/groups`, { groupId: 'departments', name: 'Sở, ban, ngành', criteriaSetId: 'set-bench' }],
    ...units.map((unitId, index): [string, string, object] => ['POST', `${cycle}/units`, { unitId, name: `Đơn vị ${index + 1}`, groupId: 'departments' }]),
    ['POST', `${cycle}/deadlines`, { selfAssessmentDue: '2099-12-31', explanationWindowDays: 5 }],
    ['POST', `${cycle}/open`, undefined],
  ];
}

/** A self score with the evidence live entry requires. */
export const selfScoreBody = (unitId: string, criterion: string) => ({
  points: SELF_POINTS,
  evidence: [{ title: `Báo cáo kết quả tiêu chí ${criterion}`, documentNo: `${criterion.replace('.', '')}/BC-${unitId.toUpperCase()}`, date: '2025-11-10' }],
  note: 'Đơn vị tự đánh giá',
});
