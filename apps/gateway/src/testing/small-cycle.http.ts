import type { DevTokenClaims } from '../auth/dev-token';

/** A small cycle as the province admin sends it over HTTP: two groups, three units, a Vietnamese set. */

export const CYCLE = 'tinh-demo-2025';

export const admin: DevTokenClaims = { sub: 'nguyen.thi.noivu', role: 'PROVINCE_ADMIN', unitId: 'so-noi-vu', tenant: 'ubnd-tinh-demo' };
export const reporterOf = (unitId: string): DevTokenClaims => ({ sub: `reporter.${unitId}`, role: 'UNIT_REPORTER', unitId });
export const headOf = (unitId: string): DevTokenClaims => ({ sub: `head.${unitId}`, role: 'UNIT_HEAD', unitId });
export const nationalViewer: DevTokenClaims = { sub: 'bo-noi-vu.viewer', role: 'NATIONAL_VIEWER' };

export const evidence = [{ title: 'Kế hoạch CCHC năm 2025', documentNo: '12/KH-STP', date: '2025-01-15', section: 'mục II.1' }];

const thresholds = [
  { class: 'XUAT_SAC', label: 'Xuất sắc', minIndex: 90 },
  { class: 'TOT', label: 'Tốt', minIndex: 80 },
  { class: 'KHA', label: 'Khá', minIndex: 65 },
  { class: 'TRUNG_BINH', label: 'Trung bình', minIndex: 50 },
  { class: 'YEU', label: 'Yếu', minIndex: 0 },
];

const departmentsSet = [
  {
    code: '1',
    title: 'Công tác chỉ đạo, điều hành CCHC',
    children: [
      { code: '1.1', title: 'Kế hoạch CCHC năm', maxPoints: 1, method: { kind: 'manual', step: 0.25 }, source: 'self' },
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
      { code: '1.3', title: 'Điều tra xã hội học', maxPoints: '2.5', method: { kind: 'manual', step: '0.01' }, source: 'survey' },
    ],
  },
  {
    code: '6',
    title: 'Cải cách tài chính công',
    children: [{ code: '6.4', title: 'Dự án PPP', maxPoints: 1, method: { kind: 'allOrNothing' }, source: 'self' }],
  },
];

const districtsSet = [
  {
    code: '2',
    title: 'Cải cách thể chế',
    children: [{ code: '2.1', title: 'Ban hành văn bản QPPL đúng quy định', maxPoints: 2, method: { kind: 'manual', step: 0.5 }, source: 'self' }],
  },
];

const units = [
  { unitId: 'so-tu-phap', name: 'Sở Tư pháp', groupId: 'departments' },
  { unitId: 'so-y-te', name: 'Sở Y tế', groupId: 'departments' },
  { unitId: 'huyen-a', name: 'UBND huyện A', groupId: 'districts' },
];

/** The admin's setup requests, in order, up to an open cycle: [method, path, body]. */
export function setupRequests(): [string, string, object | undefined][] {
  const cycle = `/api/v1/cycles/${CYCLE}`;
  return [
    ['POST', '/api/v1/cycles', { cycleId: CYCLE, year: 2025, title: 'Chỉ số CCHC năm 2025', evaluator: 'ubnd-tinh-demo', thresholds }],
    ['POST', `${cycle}/criteria-sets`, { criteriaSetId: 'set-departments', criteria: departmentsSet }],
    ['POST', `${cycle}/criteria-sets`, { criteriaSetId: 'set-districts', criteria: districtsSet }],
    ['POST', `${cycle}/groups`, { groupId: 'departments', name: 'Sở, ban, ngành', criteriaSetId: 'set-departments' }],
    ['POST', `${cycle}/groups`, { groupId: 'districts', name: 'UBND cấp huyện', criteriaSetId: 'set-districts' }],
    ...units.map((unit): [string, string, object] => ['POST', `${cycle}/units`, unit]),
    ['POST', `${cycle}/applicability`, { unitId: 'so-y-te', criterion: '6.4', applicable: false, reason: 'Đơn vị không có dự án PPP' }],
    ['POST', `${cycle}/deadlines`, { selfAssessmentDue: '2099-12-31', explanationWindowDays: 5 }],
    ['POST', `${cycle}/open`, undefined],
  ];
}

export const sheetPath = (unitId: string) => `/api/v1/cycles/${CYCLE}/units/${unitId}/self-assessment`;
