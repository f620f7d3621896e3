import { CriterionInput, parseCriteriaTree, parseThresholds, Points, ThresholdInput, unwrap } from '..';

/** Department X of DOMAIN.md's worked example: 4 leaves, 6.4 not applicable to X. */
export const departmentXCriteria: CriterionInput[] = [
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
    children: [{ code: '7.3', title: 'Tỷ lệ thanh toán trực tuyến', maxPoints: '1.5', method: { kind: 'manual', step: '0.25' }, source: 'self' }],
  },
];

export const departmentXTree = unwrap(parseCriteriaTree(departmentXCriteria));

/** The common provincial rule of DOMAIN.md: Xuất sắc ≥ 90, Tốt ≥ 80, Khá ≥ 65, Trung bình ≥ 50, else Yếu. */
export const provincialThresholds: ThresholdInput[] = [
  { class: 'XUAT_SAC', label: 'Xuất sắc', minIndex: 90 },
  { class: 'TOT', label: 'Tốt', minIndex: 80 },
  { class: 'KHA', label: 'Khá', minIndex: 65 },
  { class: 'TRUNG_BINH', label: 'Trung bình', minIndex: 50 },
  { class: 'YEU', label: 'Yếu', minIndex: 0 },
];

export const provincialScale = unwrap(parseThresholds(provincialThresholds));

export const pts = (value: number | string): Points => Points.of(value);
