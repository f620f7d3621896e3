import type { SubmissionsMethod } from './submissions-harness';

/** A small cycle as the province admin would type it in a form: two groups, three units, a Vietnamese set. */

export const CYCLE = 'tinh-demo-2025';

export const admin = { userId: 'nguyen.thi.noivu', role: 'PROVINCE_ADMIN', unitId: 'so-noi-vu' };
export const reporterOf = (unitId: string) => ({ userId: `reporter.${unitId}`, role: 'UNIT_REPORTER', unitId });
export const headOf = (unitId: string) => ({ userId: `head.${unitId}`, role: 'UNIT_HEAD', unitId });

export const thresholds = [
  { classCode: 'XUAT_SAC', label: 'Xuất sắc', minIndex: '90' },
  { classCode: 'TOT', label: 'Tốt', minIndex: '80' },
  { classCode: 'KHA', label: 'Khá', minIndex: '65' },
  { classCode: 'TRUNG_BINH', label: 'Trung bình', minIndex: '50' },
  { classCode: 'YEU', label: 'Yếu', minIndex: '0' },
];

export const departmentsSet = [
  {
    code: '1',
    title: 'Công tác chỉ đạo, điều hành CCHC',
    children: [
      { code: '1.1', title: 'Kế hoạch CCHC năm', maxPoints: '1', method: { kind: 'manual', step: '0.25' }, source: 'self' },
      {
        code: '1.2',
        title: 'Tỷ lệ nhiệm vụ hoàn thành đúng hạn',
        maxPoints: '2',
        method: {
          kind: 'bands',
          bands: [
            { minRatio: '1', points: '2' },
            { minRatio: '0.95', points: '1' },
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
    children: [{ code: '6.4', title: 'Dự án PPP', maxPoints: '1', method: { kind: 'allOrNothing' }, source: 'self' }],
  },
];

export const districtsSet = [
  {
    code: '2',
    title: 'Cải cách thể chế',
    children: [{ code: '2.1', title: 'Ban hành văn bản QPPL đúng quy định', maxPoints: '2', method: { kind: 'manual', step: '0.5' }, source: 'self' }],
  },
];

export const units = [
  { unitId: 'so-tu-phap', name: 'Sở Tư pháp', groupId: 'departments' },
  { unitId: 'so-y-te', name: 'Sở Y tế', groupId: 'departments' },
  { unitId: 'huyen-a', name: 'UBND huyện A', groupId: 'districts' },
];

export const evidence = [{ title: 'Kế hoạch CCHC năm 2025', documentNo: '12/KH-STP', date: '2025-01-15', section: 'mục II.1' }];

/** The admin's setup requests, in order, up to an open cycle. */
export function setupRequests(): [SubmissionsMethod, object][] {
  const asAdmin = { actor: admin, cycleId: CYCLE };
  return [
    ['CreateCycle', { ...asAdmin, year: 2025, title: 'Chỉ số CCHC năm 2025', evaluator: 'ubnd-tinh-demo', thresholds }],
    ['DefineCriteriaSet', { ...asAdmin, criteriaSetId: 'set-departments', criteria: departmentsSet }],
    ['DefineCriteriaSet', { ...asAdmin, criteriaSetId: 'set-districts', criteria: districtsSet }],
    ['DefineGroup', { ...asAdmin, groupId: 'departments', name: 'Sở, ban, ngành', criteriaSetId: 'set-departments' }],
    ['DefineGroup', { ...asAdmin, groupId: 'districts', name: 'UBND cấp huyện', criteriaSetId: 'set-districts' }],
    ...units.map((unit): [SubmissionsMethod, object] => ['RegisterUnit', { ...asAdmin, ...unit }]),
    ['SetApplicability', { ...asAdmin, unitId: 'so-y-te', criterion: '6.4', applicable: false, reason: 'Đơn vị không có dự án PPP' }],
    ['SetDeadlines', { ...asAdmin, selfAssessmentDue: '2099-12-31', explanationWindowDays: 5 }],
    ['OpenCycle', asAdmin],
  ];
}
