import type { CriterionInput, ThresholdInput } from '@par/domain';
import { CycleFile } from './cycle-file';

/**
 * DOMAIN.md's worked example, as the tests across services set it up: Department X's four leaves
 * (6.4 later found not applicable) and the common provincial thresholds.
 */
export const WORKED_EXAMPLE_CRITERIA: CriterionInput[] = [
  {
    code: '1',
    title: 'Công tác chỉ đạo, điều hành CCHC',
    children: [{ code: '1.1', title: 'Kế hoạch CCHC ban hành đúng hạn', maxPoints: 1, method: { kind: 'allOrNothing' }, source: 'self' }],
  },
  {
    code: '3',
    title: 'Cải cách thủ tục hành chính',
    children: [
      {
        code: '3.2',
        title: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
        maxPoints: 2,
        method: {
          kind: 'bands',
          bands: [
            { minRatio: 1, points: 2 },
            { minRatio: 0.95, points: 1 },
          ],
        },
        source: 'system',
      },
    ],
  },
  {
    code: '6',
    title: 'Cải cách tài chính công',
    children: [{ code: '6.4', title: 'Dự án PPP', maxPoints: 1, method: { kind: 'manual', step: 0.25 }, source: 'self' }],
  },
  {
    code: '7',
    title: 'Xây dựng chính quyền điện tử, chính quyền số',
    children: [{ code: '7.3', title: 'Tỷ lệ thanh toán trực tuyến', maxPoints: 1.5, method: { kind: 'manual', step: 0.25 }, source: 'self' }],
  },
];

/** The common provincial rule of DOMAIN.md: Xuất sắc ≥ 90, Tốt ≥ 80, Khá ≥ 65, Trung bình ≥ 50, else Yếu. */
export const PROVINCIAL_THRESHOLDS: ThresholdInput[] = [
  { class: 'XUAT_SAC', label: 'Xuất sắc', minIndex: 90 },
  { class: 'TOT', label: 'Tốt', minIndex: 80 },
  { class: 'KHA', label: 'Khá', minIndex: 65 },
  { class: 'TRUNG_BINH', label: 'Trung bình', minIndex: 50 },
  { class: 'YEU', label: 'Yếu', minIndex: 0 },
];

/**
 * DOMAIN.md's worked example as a cycle file: Department X self-assesses 4.50, the appraiser lowers 3.2
 * and 7.3 with reasons, finds 6.4 not applicable and deducts 0.5; X explains 7.3 and the council restores
 * 1.5. Points are JSON numbers here on purpose: strings are tested against it.
 */
export function workedExampleFile(): CycleFile {
  return {
    format: 'par-interchange/1',
    cycle: {
      id: 'demo-2025',
      year: 2025,
      title: 'Chỉ số CCHC năm 2025',
      evaluator: 'ubnd-tinh-demo',
      thresholds: PROVINCIAL_THRESHOLDS,
    },
    criteriaSets: [
      {
        id: 'set-departments',
        criteria: WORKED_EXAMPLE_CRITERIA,
      },
    ],
    groups: [{ id: 'departments', name: 'Sở, ban, ngành', criteriaSet: 'set-departments', thresholds: null }],
    units: [{ id: 'so-x', name: 'Sở X (the worked example of DOMAIN.md)', group: 'departments', parent: null }],
    selfAssessments: [
      {
        unit: 'so-x',
        submittedBy: 'nguyen.van.a',
        scores: [
          { criterion: '1.1', points: 1, evidence: [{ title: 'Kế hoạch CCHC năm 2025', documentNo: '12/KH-SX', date: '2025-01-10' }] },
          { criterion: '3.2', points: 2, evidence: [{ title: 'Báo cáo hệ thống một cửa', date: '2025-11-01' }] },
          {
            criterion: '7.3',
            points: 1.5,
            note: 'Thanh toán trực tuyến cả năm',
            evidence: [{ title: 'Báo cáo thanh toán trực tuyến 6 tháng', documentNo: '45/BC-SX', date: '2025-07-05' }],
          },
        ],
      },
    ],
    appraisals: [
      {
        unit: 'so-x',
        appraiser: 'tran.thi.b',
        scores: [
          { criterion: '3.2', points: 1, reason: '96,4% hồ sơ đúng hạn theo hệ thống một cửa' },
          { criterion: '7.3', points: 0.75, reason: 'Minh chứng chỉ có 6 tháng' },
          { criterion: '6.4', applicable: false, reason: 'Đơn vị không có dự án PPP' },
        ],
        deductions: [{ points: 0.5, reason: '01 công chức bị kỷ luật' }],
        explanations: [
          { criterion: '7.3', text: 'Bổ sung báo cáo thanh toán trực tuyến cả năm', decision: 'changed', points: 1.5, reason: 'Đã bổ sung minh chứng cả năm' },
        ],
        final: true,
      },
    ],
  };
}

/** A cycle file as loose JSON, for tests that break one thing at a time (any value may go anywhere). */
export type Draft = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- loose on purpose

export function draftOf(file: CycleFile = workedExampleFile()): Draft {
  return structuredClone(file) as Draft;
}
