import { rankByField } from './field-ranking';
import type { FieldIndexRow, ResultRow, ResultsDocument } from './results-document';

const field = (code: string, achieved: string, applicableMax: string, index: string | null): FieldIndexRow => ({
  field: code,
  title: code === '2' ? 'Xây dựng và tổ chức thực hiện văn bản QPPL' : 'Cải cách thủ tục hành chính',
  achieved,
  applicableMax,
  index,
});

const row = (rank: number, unit: string, fields: readonly FieldIndexRow[] | undefined): ResultRow => ({
  rank,
  unit,
  name: `Sở ${unit}`,
  selfTotal: '0.00',
  appraisedTotal: '0.00',
  applicableMax: '0.00',
  index: null,
  class: null,
  ...(fields ? { fields } : {}),
});

const results: ResultsDocument = {
  cycle: 'demo-2025',
  groups: [
    {
      group: 'departments',
      results: [
        row(1, 'so-a', [field('2', '4.70', '10.00', '47.00'), field('3', '9.00', '10.00', '90.00')]),
        row(2, 'so-b', [field('2', '9.00', '10.00', '90.00'), field('3', '5.00', '10.00', '50.00')]),
        row(3, 'so-c', [field('2', '9.00', '10.00', '90.00'), field('3', '0.00', '0.00', null)]),
        row(4, 'so-d', [field('2', '0.00', '0.00', null), field('3', '8.00', '10.00', '80.00')]),
      ],
    },
    { group: 'communes', results: [row(1, 'xa-a', [field('3', '1.00', '2.00', '50.00')])] },
  ],
};

describe('ranking by one field (par results --field)', () => {
  it('ranks "legal documents" 47 % last among the indexed, ties sharing a rank, no index after every indexed unit', () => {
    const ranking = rankByField(results, '2');
    expect(ranking?.groups).toEqual([
      {
        group: 'departments',
        title: 'Xây dựng và tổ chức thực hiện văn bản QPPL',
        results: [
          { rank: 1, unit: 'so-b', name: 'Sở so-b', achieved: '9.00', applicableMax: '10.00', index: '90.00' },
          { rank: 1, unit: 'so-c', name: 'Sở so-c', achieved: '9.00', applicableMax: '10.00', index: '90.00' },
          { rank: 3, unit: 'so-a', name: 'Sở so-a', achieved: '4.70', applicableMax: '10.00', index: '47.00' },
          { rank: 4, unit: 'so-d', name: 'Sở so-d', achieved: '0.00', applicableMax: '0.00', index: null },
        ],
      },
    ]);
  });

  it('ranks every group whose set has the field', () => {
    expect(rankByField(results, '3')?.groups.map((group) => [group.group, group.results.map((entry) => `${entry.rank} ${entry.unit}`)])).toEqual([
      ['departments', ['1 so-a', '2 so-d', '3 so-b', '4 so-c']],
      ['communes', ['1 xa-a']],
    ]);
  });

  it('says nothing ranks when no group has the field, or rows carry no fields', () => {
    expect(rankByField(results, '9')).toBeNull();
    expect(rankByField({ cycle: 'old', groups: [{ group: 'g', results: [row(1, 'u', undefined)] }] }, '2')).toBeNull();
  });
});
