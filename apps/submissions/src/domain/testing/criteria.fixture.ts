import type { CriterionInput } from '@par/domain';
import type { CriterionNodeData } from '../contracts';
import { treeFromData } from '../shared/criteria-data';

/** The departments' set as the province admin types it (numbers, as in the interchange file). */
export const departmentsCriteria: CriterionInput[] = [
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
      { code: '1.3', title: 'Điều tra xã hội học', maxPoints: 2.5, method: { kind: 'manual', step: 0.01 }, source: 'survey' },
    ],
  },
  {
    code: '6',
    title: 'Cải cách tài chính công',
    children: [{ code: '6.4', title: 'Dự án PPP', maxPoints: 1, method: { kind: 'allOrNothing' }, source: 'self' }],
  },
];

/** The same set as the log records it: every points value with exactly 2 places. */
export const departmentsCriteriaData: CriterionNodeData[] = [
  {
    code: '1',
    title: 'Công tác chỉ đạo, điều hành CCHC',
    children: [
      { code: '1.1', title: 'Kế hoạch CCHC năm', maxPoints: '1.00', method: { kind: 'manual', step: '0.25' }, source: 'self' },
      {
        code: '1.2',
        title: 'Tỷ lệ nhiệm vụ hoàn thành đúng hạn',
        maxPoints: '2.00',
        method: {
          kind: 'bands',
          bands: [
            { minRatio: '1', points: '2.00' },
            { minRatio: '0.95', points: '1.00' },
          ],
        },
        source: 'self',
      },
      { code: '1.3', title: 'Điều tra xã hội học', maxPoints: '2.50', method: { kind: 'manual', step: '0.01' }, source: 'survey' },
    ],
  },
  {
    code: '6',
    title: 'Cải cách tài chính công',
    children: [{ code: '6.4', title: 'Dự án PPP', maxPoints: '1.00', method: { kind: 'allOrNothing' }, source: 'self' }],
  },
];

/** A correction: 1.1's step becomes 0.5 and 1.2 is dropped. */
export const correctedDepartmentsCriteria: CriterionInput[] = [
  {
    code: '1',
    title: 'Công tác chỉ đạo, điều hành CCHC',
    children: [
      { code: '1.1', title: 'Kế hoạch CCHC năm', maxPoints: 1, method: { kind: 'manual', step: 0.5 }, source: 'self' },
      { code: '1.3', title: 'Điều tra xã hội học', maxPoints: 2.5, method: { kind: 'manual', step: 0.01 }, source: 'survey' },
    ],
  },
  departmentsCriteria[1],
];

export const districtsCriteria: CriterionInput[] = [
  {
    code: '2',
    title: 'Cải cách thể chế',
    children: [{ code: '2.1', title: 'Ban hành văn bản QPPL đúng quy định', maxPoints: 2, method: { kind: 'manual', step: 0.5 }, source: 'self' }],
  },
];

/** The departments' leaves as the handler passes them to the self-assessment (1.1, 1.2, 1.3, 6.4). */
export const departmentsLeaves = treeFromData(departmentsCriteriaData).leaves();
