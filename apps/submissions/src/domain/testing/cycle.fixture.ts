import type { ThresholdInput } from '@par/domain';
import type { ThresholdData } from '../contracts';
import type { CycleEvent } from '../cycle/cycle.events';
import { newEvent } from '../shared/new-event';
import { provinceAdmin } from './actors';
import { departmentsCriteriaData } from './criteria.fixture';

export const CYCLE = 'demo-2025';

/** The base of every cycle command the province admin issues in these tests. */
export const asAdmin = { cycleId: CYCLE, actor: provinceAdmin };

/** Typed in any order; recorded highest first with 2 places. */
export const thresholds: ThresholdInput[] = [
  { class: 'YEU', label: 'Yếu', minIndex: 0 },
  { class: 'TRUNG_BINH', label: 'Trung bình', minIndex: 50 },
  { class: 'KHA', label: 'Khá', minIndex: 65 },
  { class: 'TOT', label: 'Tốt', minIndex: 80 },
  { class: 'XUAT_SAC', label: 'Xuất sắc', minIndex: 90 },
];

export const thresholdsData: ThresholdData[] = [
  { class: 'XUAT_SAC', label: 'Xuất sắc', minIndex: '90.00' },
  { class: 'TOT', label: 'Tốt', minIndex: '80.00' },
  { class: 'KHA', label: 'Khá', minIndex: '65.00' },
  { class: 'TRUNG_BINH', label: 'Trung bình', minIndex: '50.00' },
  { class: 'YEU', label: 'Yếu', minIndex: '0.00' },
];

/** History builders: the events a set-up cycle holds. */
export const cycleCreated = (): CycleEvent =>
  newEvent('CycleCreated', { cycleId: CYCLE, year: 2025, title: 'Chỉ số CCHC năm 2025', evaluator: 'ubnd-tinh-demo', thresholds: thresholdsData });

export const departmentsDefined = (): CycleEvent =>
  newEvent('GroupDefined', { cycleId: CYCLE, groupId: 'departments', name: 'Sở, ban, ngành', criteriaSetId: 'set-departments', thresholds: null });

export const departmentsSetDefined = (): CycleEvent =>
  newEvent('CriteriaSetDefined', { cycleId: CYCLE, criteriaSetId: 'set-departments', criteria: departmentsCriteriaData });

export const unitRegistered = (unitId: string, name: string, parentId: string | null = null): CycleEvent =>
  newEvent('UnitRegistered', { cycleId: CYCLE, unitId, name, groupId: 'departments', parentId, validFrom: null, validTo: null });

export const notApplicable = (unitId: string, criterion: string): CycleEvent =>
  newEvent('ApplicabilitySet', { cycleId: CYCLE, unitId, criterion, applicable: false, reason: 'Đơn vị không có dự án PPP' });

export const cycleOpened = (): CycleEvent => newEvent('CycleOpened', { cycleId: CYCLE, criteriaSets: [{ criteriaSetId: 'set-departments', version: 1 }] });

/** A cycle in setup with the departments' group, set and two departments. */
export const inSetup = (): CycleEvent[] => [
  cycleCreated(),
  departmentsDefined(),
  departmentsSetDefined(),
  unitRegistered('so-tu-phap', 'Sở Tư pháp'),
  unitRegistered('so-y-te', 'Sở Y tế'),
];

export const opened = (): CycleEvent[] => [...inSetup(), cycleOpened()];
