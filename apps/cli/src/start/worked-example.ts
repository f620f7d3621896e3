import type { CriterionInput, ThresholdInput } from '@par/domain';
import type { EventMetadata, NewEvent } from '@par/event-store';

/**
 * DOMAIN.md's worked example, told as the events the services record: Department X self-assesses,
 * the appraiser lowers 3.2 and 7.3 with reasons, deducts 0.5, X explains 7.3 and the council restores it.
 */
export const CYCLE = 'demo-2025';
export const UNIT = 'so-x';
export const UNIT_NAME = 'Sở X';

export const criteria: CriterionInput[] = [
  { code: '1', title: 'Công tác chỉ đạo, điều hành CCHC', children: [
    { code: '1.1', title: 'Kế hoạch CCHC ban hành đúng hạn', maxPoints: 1, method: { kind: 'allOrNothing' }, source: 'self' } ] },
  { code: '3', title: 'Cải cách thủ tục hành chính', children: [
    { code: '3.2', title: 'Tỷ lệ hồ sơ giải quyết đúng hạn', maxPoints: 2,
      method: { kind: 'bands', bands: [{ minRatio: 1, points: 2 }, { minRatio: 0.95, points: 1 }] }, source: 'system' } ] },
  { code: '6', title: 'Cải cách tài chính công', children: [
    { code: '6.4', title: 'Dự án PPP', maxPoints: 1, method: { kind: 'manual', step: 0.25 }, source: 'self' } ] },
  { code: '7', title: 'Xây dựng chính quyền điện tử, chính quyền số', children: [
    { code: '7.3', title: 'Tỷ lệ thanh toán trực tuyến', maxPoints: 1.5, method: { kind: 'manual', step: 0.25 }, source: 'self' } ] },
];

export const thresholds: ThresholdInput[] = [
  { class: 'XUAT_SAC', label: 'Xuất sắc', minIndex: 90 },
  { class: 'TOT', label: 'Tốt', minIndex: 80 },
  { class: 'KHA', label: 'Khá', minIndex: 65 },
  { class: 'TRUNG_BINH', label: 'Trung bình', minIndex: 50 },
  { class: 'YEU', label: 'Yếu', minIndex: 0 },
];

const reporter = { actor: 'nguyen.van.a', role: 'UNIT_REPORTER' };
const head = { actor: 'le.thi.c', role: 'UNIT_HEAD' };
const appraiser = { actor: 'tran.thi.b', role: 'APPRAISER' };
const council = { actor: 'pham.van.d', role: 'COUNCIL_CHAIR' };

const at = (day: string) => ({ occurredAt: `${day}T09:00:00+07:00` });
const event = (type: string, data: object, metadata: EventMetadata): NewEvent => ({ type, data: { cycle: CYCLE, unit: UNIT, ...data }, metadata });

export const selfAssessmentStream = `self-assessment-${CYCLE}-${UNIT}`;
export const selfAssessmentEvents: NewEvent[] = [
  event('CriterionSelfScored', { criterion: '1.1', points: '1.00', evidence: [{ documentNo: '12/KH-SX', date: '2025-01-10', title: 'Kế hoạch CCHC năm 2025' }] }, { ...reporter, ...at('2025-11-03') }),
  event('CriterionSelfScored', { criterion: '3.2', points: '2.00', evidence: [{ title: 'Báo cáo hệ thống một cửa', date: '2025-11-01' }] }, { ...reporter, ...at('2025-11-03') }),
  event('CriterionSelfScored', { criterion: '7.3', points: '1.50', evidence: [{ documentNo: '45/BC-SX', date: '2025-07-05', title: 'Báo cáo thanh toán trực tuyến 6 tháng' }] }, { ...reporter, ...at('2025-11-03') }),
  event('SelfAssessmentSubmitted', {}, { ...head, ...at('2025-11-05') }),
];

export const appraisalStream = `appraisal-${CYCLE}-${UNIT}`;
export const appraisalEvents: NewEvent[] = [
  event('CriterionAppraised', { criterion: '3.2', points: '1.00' }, { ...appraiser, reason: '96.4 % hồ sơ đúng hạn theo hệ thống một cửa', ...at('2025-11-20') }),
  event('CriterionAppraised', { criterion: '7.3', points: '0.75' }, { ...appraiser, reason: 'Minh chứng chỉ có 6 tháng', ...at('2025-11-20') }),
  event('CriterionMarkedNotApplicable', { criterion: '6.4' }, { ...appraiser, reason: 'Đơn vị không có dự án PPP', ...at('2025-11-20') }),
  event('DeductionRecorded', { points: '0.50' }, { ...appraiser, reason: '01 công chức bị kỷ luật', ...at('2025-11-20') }),
  event('ExplanationResolved', { criterion: '7.3', decision: 'changed', points: '1.50' }, { ...council, reason: 'Đã bổ sung minh chứng cả năm', ...at('2025-12-02') }),
  event('AppraisalFinalized', {}, { ...council, ...at('2025-12-03') }),
];
