import { surveyLeavesOf } from './survey-leaves';

const manual = { kind: 'manual', step: '0.01' } as const;

describe('surveyLeavesOf: the leaves a survey scores', () => {
  it('finds survey-held leaves at any depth, in the set order, and nothing else', () => {
    const criteria = [
      { code: '1', title: 'Chỉ đạo, điều hành', children: [{ code: '1.1', title: 'Kế hoạch', maxPoints: '1.00', method: manual, source: 'self' as const }] },
      {
        code: '2',
        title: 'Cải cách thể chế',
        children: [
          { code: '2.5', title: 'Điều tra xã hội học', maxPoints: '2.50', method: manual, source: 'survey' as const },
          { code: '2.6', title: 'Đánh giá', children: [{ code: '2.6.1', title: 'SIPAS', maxPoints: '0.50', method: manual, source: 'survey' as const }] },
        ],
      },
      { code: '3', title: 'TTHC', children: [{ code: '3.2', title: 'Hồ sơ đúng hạn', maxPoints: '2.00', method: manual, source: 'system' as const }] },
    ];
    expect(surveyLeavesOf(criteria).map((leaf) => [leaf.code, leaf.maxPoints])).toEqual([
      ['2.5', '2.50'],
      ['2.6.1', '0.50'],
    ]);
  });
});
