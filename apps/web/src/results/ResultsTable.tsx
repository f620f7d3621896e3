import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format';
import { ClassLabel } from './ClassLabel';
import type { ResultRow } from './results.api';

/** A group's ranking as a published decision lists it: rank, unit, self total, appraised / max, index, class. */
export function ResultsTable({ rows, caption }: { rows: readonly ResultRow[]; caption: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table<ResultRow>
      rowKey="unit"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={[...rows]}
      aria-label={caption}
      columns={[
        { key: 'rank', title: t('results.rank'), dataIndex: 'rank', align: 'right', width: 64 },
        { key: 'unit', title: t('results.unit'), dataIndex: 'name' },
        { key: 'selfTotal', title: t('results.selfTotal'), align: 'right', className: 'par-number', render: (_, row) => format.points(row.selfTotal) },
        {
          key: 'appraised',
          title: t('results.appraised'),
          align: 'right',
          className: 'par-number',
          render: (_, row) => `${format.points(row.appraisedTotal)} / ${format.points(row.applicableMax)}`,
        },
        { key: 'index', title: t('results.index'), align: 'right', className: 'par-number', render: (_, row) => format.points(row.index) },
        { key: 'class', title: t('results.class'), render: (_, row) => <ClassLabel code={row.class} /> },
      ]}
    />
  );
}
