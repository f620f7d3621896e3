import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { IndexChart } from './IndexChart';
import type { ResultRow } from './results.api';
import { ResultsTable } from './ResultsTable';

/** One group's results (departments, districts…): its ranking table and the bar chart of its indices. */
export function GroupResults({ name, rows }: { name: string; rows: readonly ResultRow[] }) {
  const { t } = useTranslation();
  return (
    <Card title={<h2 className="par-card-heading">{name}</h2>} extra={t('results.units', { count: rows.length })}>
      <ResultsTable rows={rows} caption={name} />
      <IndexChart rows={rows} title={`${t('results.chartTitle')} — ${name}`} />
    </Card>
  );
}
