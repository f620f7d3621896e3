import { streamId } from '@par/contracts';
import type { EventStore, NewEvent } from '@par/event-store';

// A cycle for the sociological survey, written straight to a submissions log as its setup would have: the
// departments' survey-held leaves 2.5, 4.4 and 5.5 (to the hundredth) and 6.4, whose bands can take only 0.50
// or 1.00; the districts' 2.4.

export const SOCIOLOGICAL_CYCLE = 'cchc-2025';
export const RATED_DEPARTMENTS = ['so-tu-phap', 'so-noi-vu', 'so-xay-dung', 'so-y-te'] as const;
export const RATED_DISTRICTS = ['tp-an-binh', 'huyen-hoa-loc'] as const;

/** Max points of the leaves the sociological campaign scores, by group. */
export const SOCIOLOGICAL_LEAF_MAX = { departments: { '2.5': '2.50', '4.4': '2.50', '5.5': '4.00' }, districts: { '2.4': '2.50' } } as const;

const hundredths = { kind: 'manual', step: '0.01' } as const;
const quarters = { kind: 'manual', step: '0.25' } as const;
const leaf = (code: string, title: string, maxPoints: string, source: 'self' | 'survey', method: object = hundredths) => ({
  code,
  title,
  maxPoints,
  method,
  source,
});

const event = (type: string, data: Record<string, unknown>): NewEvent => ({ type, data, metadata: { actor: 'le.thi.c', role: 'PROVINCE_ADMIN' } });

/** CycleCreated, the two criteria sets, the two groups and the six units, on stream cycle:<cycleId>. */
export async function setUpSociologicalCycle(submissions: EventStore, cycleId = SOCIOLOGICAL_CYCLE): Promise<void> {
  const financeBands = {
    kind: 'bands',
    bands: [
      { minRatio: '0.5', points: '0.50' },
      { minRatio: '0.8', points: '1.00' },
    ],
  };
  const departmentsSet = [
    { code: '1', title: 'Công tác chỉ đạo, điều hành CCHC', children: [leaf('1.1', 'Kế hoạch CCHC năm', '1.00', 'self', quarters)] },
    {
      code: '2',
      title: 'Xây dựng và tổ chức thực hiện văn bản QPPL',
      children: [leaf('2.5', 'Chất lượng văn bản QPPL (điều tra xã hội học)', '2.50', 'survey')],
    },
    { code: '4', title: 'Cải cách tổ chức bộ máy', children: [leaf('4.4', 'Đánh giá về tổ chức bộ máy (điều tra xã hội học)', '2.50', 'survey')] },
    { code: '5', title: 'Cải cách chế độ công vụ', children: [leaf('5.5', 'Đạo đức, văn hóa công vụ (điều tra xã hội học)', '4.00', 'survey')] },
    {
      code: '6',
      title: 'Cải cách tài chính công',
      children: [leaf('6.4', 'Mức độ hài lòng về quản lý tài chính công (điều tra xã hội học)', '1.00', 'survey', financeBands)],
    },
  ];
  const districtsSet = [
    {
      code: '2',
      title: 'Xây dựng và tổ chức thực hiện văn bản QPPL',
      children: [leaf('2.4', 'Chất lượng văn bản QPPL (điều tra xã hội học, điều tra chéo)', '2.50', 'survey')],
    },
  ];
  const thresholds = [
    { class: 'TOT', label: 'Tốt', minIndex: '80.00' },
    { class: 'YEU', label: 'Yếu', minIndex: '0.00' },
  ];
  const unit = (unitId: string, name: string, groupId: string) =>
    event('UnitRegistered', { cycleId, unitId, name, groupId, parentId: null, validFrom: null, validTo: null });
  await submissions.append(
    streamId('cycle', cycleId),
    [
      event('CycleCreated', { cycleId, year: 2025, title: 'Chỉ số CCHC năm 2025', evaluator: 'ubnd-tinh-demo', thresholds }),
      event('CriteriaSetDefined', { cycleId, criteriaSetId: 'set-departments', criteria: departmentsSet }),
      event('CriteriaSetDefined', { cycleId, criteriaSetId: 'set-districts', criteria: districtsSet }),
      event('GroupDefined', { cycleId, groupId: 'departments', name: 'Sở, ban, ngành', criteriaSetId: 'set-departments', thresholds: null }),
      event('GroupDefined', { cycleId, groupId: 'districts', name: 'UBND cấp huyện', criteriaSetId: 'set-districts', thresholds: null }),
      unit('so-tu-phap', 'Sở Tư pháp', 'departments'),
      unit('so-noi-vu', 'Sở Nội vụ', 'departments'),
      unit('so-xay-dung', 'Sở Xây dựng', 'departments'),
      unit('so-y-te', 'Sở Y tế', 'departments'),
      unit('tp-an-binh', 'UBND thành phố An Bình', 'districts'),
      unit('huyen-hoa-loc', 'UBND huyện Hòa Lộc', 'districts'),
    ],
    { expectedVersion: 'any' },
  );
}
