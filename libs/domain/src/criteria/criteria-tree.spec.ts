import { isLeaf, parseCriteriaTree, unwrap } from '..';
import { departmentXTree } from '../results/worked-example.fixture';

describe('CriteriaTree', () => {
  it('lists the leaves in document order, at any depth', () => {
    const tree = unwrap(
      parseCriteriaTree([
        {
          code: '7',
          title: 'Chính quyền số',
          children: [
            {
              code: '7.2',
              title: 'Dịch vụ công trực tuyến',
              children: [
                { code: '7.2.1', title: 'Tỷ lệ DVC toàn trình', maxPoints: 1, method: { kind: 'allOrNothing' }, source: 'system' },
                { code: '7.2.2', title: 'Tỷ lệ hồ sơ trực tuyến', maxPoints: '0.5', method: { kind: 'manual', step: '0.25' }, source: 'self' },
              ],
            },
            { code: '7.3', title: 'Thanh toán trực tuyến', maxPoints: 1.5, method: { kind: 'manual', step: 0.5 }, source: 'self' },
          ],
        },
      ]),
    );
    expect(tree.leaves().map((leaf) => leaf.code)).toEqual(['7.2.1', '7.2.2', '7.3']);
    expect(tree.maxOf('7.2')?.toString()).toBe('1.50');
    expect(tree.maxOf('7')?.toString()).toBe('3.00');
  });

  it('finds a leaf by code, and not a field or criterion that has children', () => {
    expect(departmentXTree.findLeaf('3.2')?.title).toBe('Tỷ lệ hồ sơ giải quyết đúng hạn');
    expect(departmentXTree.findLeaf('3')).toBeUndefined();
    expect(departmentXTree.findNode('3')?.title).toBe('Cải cách thủ tục hành chính');
    expect(departmentXTree.findLeaf('9.9')).toBeUndefined();
  });

  it("totals the set's max over all its leaves (4.50 + the 1.00 of 6.4)", () => {
    expect(departmentXTree.totalMax().toString()).toBe('5.50');
  });

  it('tells leaves from branches', () => {
    expect(departmentXTree.criteria.map(isLeaf)).toEqual([false, false, false, false]);
    expect(departmentXTree.leaves().every(isLeaf)).toBe(true);
  });

  it('round-trips to the interchange shape, with points as 2-place strings', () => {
    const json = JSON.parse(JSON.stringify(departmentXTree));
    expect(json[1]).toEqual({
      code: '3',
      title: 'Cải cách thủ tục hành chính',
      children: [
        {
          code: '3.2',
          title: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
          maxPoints: '2.00',
          method: {
            kind: 'bands',
            bands: [
              { minRatio: '1', points: '2.00' },
              { minRatio: '0.95', points: '1.00' },
            ],
          },
          source: 'system',
        },
      ],
    });
    expect(JSON.stringify(unwrap(parseCriteriaTree(json)))).toBe(JSON.stringify(departmentXTree));
  });
});
