import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Tooltip } from 'recharts';
import { THEME } from '../app/theme';
import { useFormat } from '../format/use-format';
import type { FieldIndexRow } from './results.api';

/**
 * A unit's scores field by field: a radar of its component indices (every axis 0–100 %) and the table of each
 * field's points over its applicable max. Bonus and deductions belong to no field.
 */
export function FieldScores({ unitName, fields }: { unitName: string; fields: readonly FieldIndexRow[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const title = t('results.fieldsTitle', { unit: unitName });
  const data = fields.map((field) => ({ axis: field.field, title: field.title, index: field.index, value: field.index === null ? 0 : Number(field.index) }));
  return (
    <section aria-label={title}>
      <figure className="par-chart" aria-label={title}>
        <figcaption className="par-chart-title">{title}</figcaption>
        <ResponsiveContainer width="100%" height={320}>
          <RadarChart data={data} outerRadius="75%">
            <PolarGrid />
            <PolarAngleAxis dataKey="axis" tickFormatter={(code: string) => `${t('results.field')} ${code}`} />
            <PolarRadiusAxis domain={[0, 100]} angle={90} tickCount={6} />
            <Tooltip
              formatter={(_value, _name, item) => format.percent((item.payload as { index: string | null }).index)}
              labelFormatter={(_label, payload) => (payload[0]?.payload as { title?: string } | undefined)?.title ?? ''}
            />
            <Radar
              dataKey="value"
              name={t('results.index')}
              stroke={THEME.token?.colorPrimary}
              fill={THEME.token?.colorPrimary}
              fillOpacity={0.3}
              isAnimationActive={false}
            />
          </RadarChart>
        </ResponsiveContainer>
      </figure>
      <Table<FieldIndexRow>
        rowKey="field"
        size="small"
        pagination={false}
        aria-label={title}
        dataSource={[...fields]}
        columns={[
          { key: 'field', title: t('results.field'), dataIndex: 'field', width: 80 },
          { key: 'title', title: t('results.fieldTitle'), dataIndex: 'title' },
          {
            key: 'achieved',
            title: t('results.fieldAchieved'),
            align: 'right',
            className: 'par-number',
            render: (_, field) => `${format.points(field.achieved)} / ${format.points(field.applicableMax)}`,
          },
          { key: 'index', title: t('results.index'), align: 'right', className: 'par-number', render: (_, field) => format.points(field.index) },
        ]}
      />
    </section>
  );
}
