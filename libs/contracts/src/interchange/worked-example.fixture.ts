import { PROVINCIAL_THRESHOLDS, WORKED_EXAMPLE_CRITERIA } from '@par/testing';
import { CycleFile } from './cycle-file';

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
          { criterion: '7.3', points: 1.5, note: 'Thanh toán trực tuyến cả năm',
            evidence: [{ title: 'Báo cáo thanh toán trực tuyến 6 tháng', documentNo: '45/BC-SX', date: '2025-07-05' }] },
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
export type Draft = Record<string, any>;

export function draftOf(file: CycleFile = workedExampleFile()): Draft {
  return structuredClone(file) as Draft;
}
