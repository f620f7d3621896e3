import type { EvidenceEntry } from '@par/contracts';
import { DocumentKind, LeafStory } from './demo-criteria';
import { DemoUnit } from './demo-province';
import { SeededRandom } from './seeded-random';

/** The unit's document proving a leaf: its own number (12/KH-STP) and a date in the month it is usually issued. */
export function evidenceFor(unit: DemoUnit, story: LeafStory, random: SeededRandom): EvidenceEntry[] | undefined {
  if (!story.evidence) return undefined;
  const { kind, title, month } = story.evidence;
  return [{ title, documentNo: documentNumber(unit, kind, random), date: isoDate(month, random.int(2, 28)) }];
}

/** A document number as Vietnamese administrations write them: 125/QĐ-UBND. */
export function documentNumber(unit: DemoUnit, kind: DocumentKind, random: SeededRandom): string {
  return `${random.int(kind === 'QĐ' ? 20 : 5, kind === 'QĐ' ? 980 : 320)}/${kind}-${unit.issuer}`;
}

export function isoDate(month: number, day: number): string {
  return `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const FAMILY = ['nguyen', 'tran', 'le', 'pham', 'hoang', 'vo', 'dang', 'bui', 'do', 'ho', 'ngo', 'duong'];
const MIDDLE = ['van', 'thi', 'minh', 'quoc', 'thanh', 'ngoc', 'duc', 'hoai', 'thu', 'kim'];
const GIVEN = [
  'an',
  'binh',
  'cuong',
  'dung',
  'giang',
  'ha',
  'hanh',
  'hieu',
  'hoa',
  'khanh',
  'lan',
  'linh',
  'long',
  'nam',
  'phuong',
  'quang',
  'son',
  'tam',
  'thao',
  'trang',
  'tuan',
  'vy',
];

/** The account of the unit's CCHC reporter who submits its self-assessment. */
export function reporterName(random: SeededRandom): string {
  return [random.pick(FAMILY), random.pick(MIDDLE), random.pick(GIVEN)].join('.');
}
