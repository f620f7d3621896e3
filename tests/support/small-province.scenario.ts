import type { CycleFile } from '@par/contracts';
import type { DevTokenClaims } from '@par/gateway';

/**
 * An invented province cycle, written once and read two ways: as the HTTP requests each role sends the
 * gateway, and as an interchange file (INTERCHANGE.md) whose reference results the platform must match.
 * Two groups, five units, a small Vietnamese criteria set per group.
 */

export const admin: DevTokenClaims = { sub: 'nguyen.thi.noivu', role: 'PROVINCE_ADMIN', unitId: 'so-noi-vu' };
export const appraiser: DevTokenClaims = { sub: 'tran.thi.thamdinh', role: 'APPRAISER', unitId: 'so-noi-vu' };
export const chair: DevTokenClaims = { sub: 'pham.van.chutich', role: 'COUNCIL_CHAIR', unitId: 'van-phong-ubnd' };
export const reporterOf = (unitId: string): DevTokenClaims => ({ sub: `canbo.${unitId}`, role: 'UNIT_REPORTER', unitId });
export const headOf = (unitId: string): DevTokenClaims => ({ sub: `giamdoc.${unitId}`, role: 'UNIT_HEAD', unitId });

const thresholds = [
  { class: 'XUAT_SAC', label: 'Xuất sắc', minIndex: 90 },
  { class: 'TOT', label: 'Tốt', minIndex: 80 },
  { class: 'KHA', label: 'Khá', minIndex: 65 },
  { class: 'TRUNG_BINH', label: 'Trung bình', minIndex: 50 },
  { class: 'YEU', label: 'Yếu', minIndex: 0 },
];

const plan = { code: '1.1', title: 'Kế hoạch CCHC năm', maxPoints: 1, method: { kind: 'manual', step: 0.25 }, source: 'self' } as const;

const departmentsSet = [
  {
    code: '1',
    title: 'Công tác chỉ đạo, điều hành CCHC',
    children: [
      plan,
      {
        code: '1.2',
        title: 'Tỷ lệ nhiệm vụ hoàn thành đúng hạn',
        maxPoints: 2,
        method: {
          kind: 'bands',
          bands: [
            { minRatio: 1, points: 2 },
            { minRatio: 0.95, points: 1 },
          ],
        },
        source: 'self',
      },
    ],
  },
  {
    code: '2',
    title: 'Cải cách thể chế',
    children: [{ code: '2.1', title: 'Ban hành văn bản QPPL đúng thẩm quyền, trình tự', maxPoints: 2, method: { kind: 'manual', step: 0.5 }, source: 'self' }],
  },
  {
    code: '3',
    title: 'Cải cách thủ tục hành chính',
    children: [{ code: '3.1', title: 'Công khai TTHC đầy đủ, đúng hạn', maxPoints: 1, method: { kind: 'allOrNothing' }, source: 'self' }],
  },
];

const districtsSet = [
  { code: '1', title: 'Công tác chỉ đạo, điều hành CCHC', children: [plan] },
  {
    code: '4',
    title: 'Cải cách tổ chức bộ máy',
    children: [{ code: '4.1', title: 'Sắp xếp tổ chức bộ máy theo quy định', maxPoints: 2, method: { kind: 'manual', step: 0.5 }, source: 'self' }],
  },
  {
    code: '5',
    title: 'Chuyển đổi số',
    children: [{ code: '5.1', title: 'Tỷ lệ hồ sơ trực tuyến toàn trình', maxPoints: 2, method: { kind: 'manual', step: 0.25 }, source: 'self' }],
  },
];

const groups = [
  { id: 'departments', name: 'Sở, ban, ngành', criteriaSet: 'set-departments' },
  { id: 'districts', name: 'UBND cấp huyện', criteriaSet: 'set-districts' },
];

export const units = [
  { id: 'so-tu-phap', name: 'Sở Tư pháp', group: 'departments' },
  { id: 'so-y-te', name: 'Sở Y tế', group: 'departments' },
  { id: 'so-xay-dung', name: 'Sở Xây dựng', group: 'departments' },
  { id: 'huyen-an-phu', name: 'UBND huyện An Phú', group: 'districts' },
  { id: 'huyen-binh-son', name: 'UBND huyện Bình Sơn', group: 'districts' },
];

const evidenceFor = (unitId: string, criterion: string) => [
  {
    title: `Báo cáo kết quả tiêu chí ${criterion}`,
    documentNo: `${criterion.replace('.', '')}/BC-${unitId.toUpperCase()}`,
    date: '2025-11-10',
    section: 'mục II',
  },
];

/** Each unit's self scores (a leaf left out is not scored: 0 of its max). */
export const selfScores: Record<string, [criterion: string, points: string][]> = {
  'so-tu-phap': [
    ['1.1', '1.00'],
    ['1.2', '2'],
    ['2.1', '2.0'],
    ['3.1', '1'],
  ],
  'so-y-te': [
    ['1.1', '0.75'],
    ['1.2', '1'],
    ['2.1', '2.0'],
    ['3.1', '1'],
  ],
  'so-xay-dung': [
    ['1.1', '1.00'],
    ['1.2', '2'],
    ['2.1', '1.5'],
  ],
  'huyen-an-phu': [
    ['1.1', '1.00'],
    ['4.1', '2.0'],
    ['5.1', '1.75'],
  ],
  'huyen-binh-son': [
    ['1.1', '0.50'],
    ['4.1', '1.5'],
    ['5.1', '2.00'],
  ],
};

/** What the appraiser does: accepts some leaves, changes others with a reason; one deduction. */
export const appraisals: Record<
  string,
  { accept: string[]; change: [criterion: string, points: string, reason: string][]; deductions: [points: string, reason: string][] }
> = {
  'so-tu-phap': {
    accept: ['1.2', '2.1', '3.1'],
    change: [['1.1', '0.50', 'Kế hoạch CCHC ban hành muộn 15 ngày so với quy định']],
    deductions: [['0.50', '01 công chức bị kỷ luật khiển trách']],
  },
  'so-y-te': { accept: ['1.1', '1.2', '3.1'], change: [['2.1', '1.0', '02 văn bản ban hành chưa đúng trình tự rút gọn']], deductions: [] },
  'so-xay-dung': { accept: ['1.1'], change: [], deductions: [] },
  'huyen-an-phu': { accept: ['1.1', '4.1', '5.1'], change: [], deductions: [] },
  'huyen-binh-son': { accept: [], change: [], deductions: [] },
};

/** The units' explanations and the council's resolutions (one changed back, one upheld). */
export const explanations = [
  {
    unitId: 'so-tu-phap',
    criterion: '1.1',
    text: 'Kế hoạch đã trình UBND tỉnh đúng hạn; việc ban hành chậm do chờ ý kiến của Sở Nội vụ',
    evidence: [{ title: 'Tờ trình số 05/TTr-STP', documentNo: '05/TTr-STP', date: '2025-01-05' }],
    resolution: {
      decision: 'changed' as const,
      points: '1.00',
      reason: 'Hội đồng chấp nhận giải trình: đơn vị đã trình đúng hạn',
      votes: { for: 5, against: 2, abstain: 0, members: 7 },
    },
  },
  {
    unitId: 'so-y-te',
    criterion: '2.1',
    text: 'Các văn bản được ban hành theo trình tự rút gọn vì lý do khẩn cấp phòng chống dịch',
    evidence: [],
    resolution: { decision: 'upheld' as const, reason: 'Không đủ căn cứ áp dụng trình tự rút gọn', votes: { for: 6, against: 1, abstain: 0, members: 7 } },
  },
];

/** The decision the province admin publishes. */
export const decision = { number: '125/QĐ-UBND', date: '2026-01-20', signer: 'Chủ tịch UBND tỉnh' };

export function cyclePaths(cycleId: string) {
  const cycle = `/api/v1/cycles/${cycleId}`;
  return {
    cycle,
    sheet: (unitId: string) => `${cycle}/units/${unitId}/self-assessment`,
    appraisal: (unitId: string) => `${cycle}/units/${unitId}/appraisal`,
    audit: (unitId: string, criterion: string) => `${cycle}/units/${unitId}/audit?criterion=${encodeURIComponent(criterion)}`,
  };
}

/** The admin's setup requests, in order, up to an open cycle: [method, path, body]. */
export function setupRequests(cycleId: string): [string, string, object | undefined][] {
  const { cycle } = cyclePaths(cycleId);
  return [
    ['POST', '/api/v1/cycles', { cycleId, year: 2025, title: 'Chỉ số CCHC năm 2025 (kiểm thử)', evaluator: 'ubnd-tinh-demo', thresholds }],
    ['POST', `${cycle}/criteria-sets`, { criteriaSetId: 'set-departments', criteria: departmentsSet }],
    ['POST', `${cycle}/criteria-sets`, { criteriaSetId: 'set-districts', criteria: districtsSet }],
    ...groups.map((group): [string, string, object] => ['POST', `${cycle}/groups`, { groupId: group.id, name: group.name, criteriaSetId: group.criteriaSet }]),
    ...units.map((unit): [string, string, object] => ['POST', `${cycle}/units`, { unitId: unit.id, name: unit.name, groupId: unit.group }]),
    ['POST', `${cycle}/deadlines`, { selfAssessmentDue: '2099-12-31', explanationWindowDays: 5 }],
    ['POST', `${cycle}/open`, undefined],
  ];
}

export const scoreBody = (unitId: string, criterion: string, points: string) => ({
  points,
  evidence: evidenceFor(unitId, criterion),
  note: 'Đơn vị tự đánh giá',
});

/** The same cycle as an interchange file, for `computeCycleResults` (libs/contracts). */
export function asCycleFile(cycleId: string): CycleFile {
  return {
    format: 'par-interchange/1',
    cycle: { id: cycleId, year: 2025, title: 'Chỉ số CCHC năm 2025 (kiểm thử)', evaluator: 'ubnd-tinh-demo', thresholds },
    criteriaSets: [
      { id: 'set-departments', criteria: departmentsSet },
      { id: 'set-districts', criteria: districtsSet },
    ],
    groups: groups.map((group) => ({ ...group, thresholds: null })),
    units: units.map((unit) => ({ ...unit, parent: null })),
    selfAssessments: units.map((unit) => ({
      unit: unit.id,
      submittedBy: headOf(unit.id).sub,
      scores: selfScores[unit.id].map(([criterion, points]) => ({ criterion, points, evidence: evidenceFor(unit.id, criterion) })),
    })),
    appraisals: units.map((unit) => {
      const plan = appraisals[unit.id];
      const self = new Map(selfScores[unit.id]);
      return {
        unit: unit.id,
        appraiser: appraiser.sub,
        scores: [
          ...plan.accept.map((criterion) => ({ criterion, points: self.get(criterion) ?? '0' })),
          ...plan.change.map(([criterion, points, reason]) => ({ criterion, points, reason })),
        ],
        deductions: plan.deductions.map(([points, reason]) => ({ points, reason })),
        explanations: explanations
          .filter((explanation) => explanation.unitId === unit.id)
          .map(({ criterion, text, resolution }) => ({ criterion, text, ...resolution })),
        final: true,
        councilChair: chair.sub,
      };
    }),
  } as CycleFile;
}
