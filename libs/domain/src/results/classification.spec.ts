import { classify, DomainError, IndexValue, parseThresholds, scaleForGroup, ThresholdInput, unwrap, Validation } from '..';
import { provincialScale } from './worked-example.fixture';

const classOf = (index: string | null, scale = provincialScale) => classify(index === null ? null : IndexValue.of(index), scale)?.class ?? null;

function problems(result: Validation<unknown>): [string, string][] {
  if (result.ok) throw new Error('expected the thresholds to be rejected');
  return result.errors.map((error: DomainError) => [error.code, error.field]);
}

describe('classify', () => {
  it.each([
    ['100.00', 'XUAT_SAC'],
    ['90.00', 'XUAT_SAC'],
    ['89.99', 'TOT'],
    ['80.00', 'TOT'],
    ['79.99', 'KHA'],
    ['65.00', 'KHA'],
    ['64.99', 'TRUNG_BINH'],
    ['50.00', 'TRUNG_BINH'],
    ['49.99', 'YEU'],
    ['0.00', 'YEU'],
    ['111.11', 'XUAT_SAC'],
  ])('an index of %s is %s', (index, expected) => {
    expect(classOf(index)).toBe(expected);
  });

  it('puts a negative index (deductions beyond the points achieved) in the 0 floor class', () => {
    expect(classOf('-0.13')).toBe('YEU');
  });

  it('leaves a unit with no index unclassified', () => {
    expect(classOf(null)).toBeNull();
  });

  it('leaves an index below every threshold unclassified when the scale has no 0 floor (national groups A/B/C)', () => {
    const national = unwrap(
      parseThresholds([
        { class: 'A', label: 'Nhóm A', minIndex: 90 },
        { class: 'B', label: 'Nhóm B', minIndex: 80 },
        { class: 'C', label: 'Nhóm C', minIndex: 70 },
      ]),
    );
    expect(classOf('70.00', national)).toBe('C');
    expect(classOf('69.99', national)).toBeNull();
  });
});

describe('scaleForGroup', () => {
  const districtScale = unwrap(
    parseThresholds([
      { class: 'XUAT_SAC', label: 'Xuất sắc', minIndex: 90 },
      { class: 'KHA', label: 'Khá', minIndex: 70 },
      { class: 'YEU', label: 'Yếu', minIndex: 0 },
    ]),
  );

  it("uses a group's own thresholds in place of the cycle's", () => {
    expect(classOf('68.00', scaleForGroup(provincialScale, districtScale))).toBe('YEU');
  });

  it("falls back to the cycle's thresholds when the group has none", () => {
    expect(classOf('68.00', scaleForGroup(provincialScale, null))).toBe('KHA');
  });
});

describe('parseThresholds', () => {
  it('accepts thresholds in any order and keeps them highest first', () => {
    const scale = unwrap(
      parseThresholds([
        { class: 'YEU', label: 'Yếu', minIndex: '0' },
        { class: 'XUAT_SAC', label: 'Xuất sắc', minIndex: '90' },
        { class: 'KHA', label: 'Khá', minIndex: 65.5 },
      ]),
    );
    expect(scale.thresholds.map((threshold) => threshold.class)).toEqual(['XUAT_SAC', 'KHA', 'YEU']);
  });

  it('reports every problem: no class, a repeated class, a repeated or impossible minIndex', () => {
    const input: ThresholdInput[] = [
      { class: 'TOT', label: 'Tốt', minIndex: 80 },
      { class: 'TOT', label: 'Tốt', minIndex: 70 },
      { class: '', label: 'Khá', minIndex: 65 },
      { class: 'KHA', label: 'Khá', minIndex: 80 },
      { class: 'X', label: 'X', minIndex: 101 },
      { class: 'Y', label: 'Y', minIndex: '49.995' },
      { class: 'Z', label: 'Z', minIndex: 'năm mươi' },
    ];
    expect(problems(parseThresholds(input, 'groups[districts].thresholds'))).toEqual([
      ['THRESHOLD_CLASS_DUPLICATE', 'groups[districts].thresholds[1].class'],
      ['THRESHOLD_CLASS_MISSING', 'groups[districts].thresholds[2].class'],
      ['THRESHOLD_MIN_INDEX_DUPLICATE', 'groups[districts].thresholds[3].minIndex'],
      ['THRESHOLD_MIN_INDEX_INVALID', 'groups[districts].thresholds[4].minIndex'],
      ['THRESHOLD_MIN_INDEX_INVALID', 'groups[districts].thresholds[5].minIndex'],
      ['THRESHOLD_MIN_INDEX_INVALID', 'groups[districts].thresholds[6].minIndex'],
    ]);
  });

  it('refuses an empty scale', () => {
    expect(problems(parseThresholds([]))).toEqual([['THRESHOLDS_EMPTY', 'thresholds']]);
  });
});
