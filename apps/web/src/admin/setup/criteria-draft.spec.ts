import { describe, expect, it } from 'vitest';
import { bodyOf, draftOf, maxOf, nextCode, totalOf, withChild, withoutNode } from './criteria-draft';
import { placeProblems } from './criteria-problems';
import type { CriterionNodeBody } from './criteria.types';
import { hundredthsOf, normalizedPoints, pointsTextOf } from './hundredths';

const criteria: CriterionNodeBody[] = [
  {
    code: '1',
    title: 'Công tác chỉ đạo, điều hành CCHC',
    children: [
      { code: '1.1', title: 'Kế hoạch CCHC năm', maxPoints: '1.00', method: { kind: 'manual', step: '0.25' }, source: 'self' },
      { code: '1.2', title: 'Điều tra xã hội học', maxPoints: '2.50', method: { kind: 'manual', step: '0.01' }, source: 'survey' },
    ],
  },
  {
    code: '3',
    title: 'Cải cách thủ tục hành chính',
    children: [
      {
        code: '3.2',
        title: 'Tỷ lệ hồ sơ đúng hạn',
        maxPoints: '2.00',
        method: { kind: 'bands', bands: [{ minRatio: '1.00', points: '2.00' }] },
        source: 'system',
      },
    ],
  },
];

describe('the criteria tree being edited', () => {
  it('a field is worth the sum of its leaves, the set the sum of its fields, in exact hundredths', () => {
    const tree = draftOf(criteria);
    expect(pointsTextOf(maxOf(tree[0]))).toBe('3.50');
    expect(pointsTextOf(totalOf(tree))).toBe('5.50');
    expect(pointsTextOf(hundredthsOf('0.1')! + hundredthsOf('0.2')!)).toBe('0.30');
  });

  it('goes back to the API as it came, a system-data leaf under its HTTP name', () => {
    const body = bodyOf(draftOf(criteria));
    expect(body[0]).toEqual(criteria[0]);
    expect(body[1].children?.[0].source).toBe('systemData');
  });

  it('adds, removes, and suggests the next code', () => {
    let tree = draftOf(criteria);
    expect(nextCode(tree[0], tree[0].children)).toBe('1.3');
    expect(nextCode(undefined, tree)).toBe('4');
    tree = withChild(tree, tree[0].key, {
      key: 'new',
      code: '1.3',
      title: 'Kiểm tra CCHC',
      children: [],
      leaf: { maxPoints: '0.75', method: { kind: 'allOrNothing' }, source: 'self' },
    });
    expect(pointsTextOf(maxOf(tree[0]))).toBe('4.25');
    tree = withoutNode(tree, tree[1].key);
    expect(pointsTextOf(totalOf(tree))).toBe('4.25');
  });

  it('points as typed by a Vietnamese user: a comma is a decimal point; 3 places or text are not points', () => {
    expect(normalizedPoints('1,5')).toBe('1.50');
    expect(normalizedPoints('2')).toBe('2.00');
    expect(normalizedPoints('1.255')).toBeUndefined();
    expect(normalizedPoints('một')).toBeUndefined();
  });
});

describe('a refused set, its problems beside the criteria they name', () => {
  it('by code (the service), by position (the gateway), by #position; the rest elsewhere', () => {
    const tree = draftOf(criteria);
    const placed = placeProblems(tree, [
      { code: 'METHOD_MAX_OFF_STEP', field: 'criteria[1.1].maxPoints', detail: 'max 1.00 is off step' },
      { code: 'FIELD_INVALID', field: 'criteria[1].children[0].maxPoints', detail: 'expected a decimal' },
      { code: 'CRITERION_CODE_MALFORMED', field: 'criteria[#0].children[#1].code', detail: 'bad code' },
      { code: 'CRITERIA_SET_FROZEN', field: 'criteriaSetId', detail: 'frozen' },
    ]);
    expect(placed.byNode.get(tree[0].children[0].key)?.map((item) => item.code)).toEqual(['METHOD_MAX_OFF_STEP']);
    expect(placed.byNode.get(tree[1].children[0].key)?.map((item) => item.code)).toEqual(['FIELD_INVALID']);
    expect(placed.byNode.get(tree[0].children[1].key)?.map((item) => item.code)).toEqual(['CRITERION_CODE_MALFORMED']);
    expect(placed.elsewhere.map((item) => item.code)).toEqual(['CRITERIA_SET_FROZEN']);
  });
});
