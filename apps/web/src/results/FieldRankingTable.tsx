import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format';
import type { FieldRankingRow } from './field-ranking.api';

/** A group's units ranked by one field, in the results table's look: rank, unit, the field's points / max, its component index. */
export function FieldRankingTable({ rows, caption }: { rows: readonly FieldRankingRow[]; caption: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table<FieldRankingRow>
      rowKey="unit"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={[...rows]}
      aria-label={caption}
      columns={[
        { key: 'rank', title: t('results.rank'), dataIndex: 'rank', align: 'right', width: 64 },
        { key: 'unit', title: t('results.unit'), dataIndex: 'name' },
        {
          key: 'achieved',
          title: t('results.fieldAchieved'),
          align: 'right',
          className: 'par-number',
          render: (_, row) => `${format.points(row.achieved)} / ${format.points(row.applicableMax)}`,
        },
        { key: 'index', title: t('results.fieldIndex'), align: 'right', className: 'par-number', render: (_, row) => format.points(row.index) },
      ]}
    />
  );
}
