import { withDomainSources } from './criteria-sources';

describe('a system-data leaf reaches the submissions service as the domain names it', () => {
  it('maps systemData to system at every depth and leaves the other sources alone', () => {
    expect(
      withDomainSources([
        {
          code: '7',
          title: 'Chính quyền số',
          children: [
            { code: '7.1', title: 'Tỷ lệ DVC trực tuyến toàn trình', maxPoints: '1', source: 'systemData' },
            { code: '7.2', title: 'Khảo sát', maxPoints: '1', source: 'survey' },
            { code: '7.3', title: 'Kế hoạch', maxPoints: '1', source: 'system' },
          ],
        },
      ]),
    ).toEqual([
      {
        code: '7',
        title: 'Chính quyền số',
        children: [
          { code: '7.1', title: 'Tỷ lệ DVC trực tuyến toàn trình', maxPoints: '1', source: 'system' },
          { code: '7.2', title: 'Khảo sát', maxPoints: '1', source: 'survey' },
          { code: '7.3', title: 'Kế hoạch', maxPoints: '1', source: 'system' },
        ],
      },
    ]);
  });
});
