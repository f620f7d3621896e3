import { streamId } from '@par/contracts';
import type { EventStore, NewEvent } from '@par/event-store';

// The demo cycle of the SIPAS 2025 fixture, written straight to a submissions log as its setup would have:
// departments score 3.5 (max 1.00) and 8.5 (max 2.00) by survey, districts 3.7 (max 1.50).

export const DEMO_CYCLE = 'demo-2025';

export const DEPARTMENTS = ['so-tu-phap', 'so-noi-vu', 'so-xay-dung'] as const;
export const DISTRICTS = ['tp-an-binh', 'huyen-hoa-loc'] as const;

/** Max points of each survey-held leaf, by group. */
export const SURVEY_LEAF_MAX = { departments: { '3.5': '1.00', '8.5': '2.00' }, districts: { '3.7': '1.50' } } as const;

const manual = { kind: 'manual', step: '0.01' } as const;
const leaf = (code: string, title: string, maxPoints: string, source: 'self' | 'survey') => ({ code, title, maxPoints, method: manual, source });

const event = (type: string, data: Record<string, unknown>): NewEvent => ({ type, data, metadata: { actor: 'le.thi.c', role: 'PROVINCE_ADMIN' } });

/** CycleCreated, the two criteria sets, the two groups and the five units, on stream cycle:<cycleId>. */
export async function setUpDemoCycle(submissions: EventStore, cycleId = DEMO_CYCLE): Promise<void> {
  const departmentsSet = [
    { code: '1', title: 'Công tác chỉ đạo, điều hành CCHC', children: [leaf('1.1', 'Kế hoạch CCHC năm', '1.00', 'self')] },
    {
      code: '3',
      title: 'Cải cách thủ tục hành chính',
      children: [leaf('3.1', 'Công bố, công khai TTHC', '1.00', 'self'), leaf('3.5', 'Mức độ hài lòng về giải quyết TTHC', '1.00', 'survey')],
    },
    { code: '8', title: 'Cơ chế một cửa, một cửa liên thông', children: [leaf('8.5', 'Chỉ số hài lòng SIPAS', '2.00', 'survey')] },
  ];
  const districtsSet = [
    {
      code: '3',
      title: 'Cải cách thủ tục hành chính',
      children: [leaf('3.1', 'Công bố, công khai TTHC', '1.00', 'self'), leaf('3.7', 'Chỉ số hài lòng SIPAS', '1.50', 'survey')],
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
      unit('tp-an-binh', 'UBND thành phố An Bình', 'districts'),
      unit('huyen-hoa-loc', 'UBND huyện Hòa Lộc', 'districts'),
    ],
    { expectedVersion: 'any' },
  );
}
