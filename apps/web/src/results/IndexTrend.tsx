import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, LabelList, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { THEME } from '../app/theme';
import { useFormat } from '../format/use-format';
import type { TrendPoint } from './unit-trend';

/** A unit's index year after year (the cycles of the list that rank it); a year without an index is a gap in the line. */
export function IndexTrend({ unitName, points }: { unitName: string; points: readonly TrendPoint[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const title = t('results.trendTitle', { unit: unitName });
  const data = points.map((point) => ({ year: String(point.year), index: point.index, value: point.index === null ? null : Number(point.index) }));
  return (
    <figure className="par-chart" aria-label={title}>
      <figcaption className="par-chart-title">{title}</figcaption>
      {data.length === 0 ? (
        <Empty description={t('results.trendEmpty')} />
      ) : (
        <ResponsiveContainer width="100%" height={260}>
          <LineChart data={data} margin={{ top: 24, right: 48, left: 8 }}>
            <CartesianGrid vertical={false} />
            <XAxis dataKey="year" padding={{ left: 32, right: 32 }} />
            <YAxis domain={[0, 100]} />
            <Tooltip formatter={(_value, _name, item) => format.percent((item.payload as { index: string | null }).index)} />
            <Line dataKey="value" name={t('results.index')} stroke={THEME.token?.colorPrimary} strokeWidth={2} isAnimationActive={false} connectNulls={false}>
              <LabelList dataKey="index" position="top" formatter={(label) => format.points(label === null || label === undefined ? null : String(label))} />
            </Line>
          </LineChart>
        </ResponsiveContainer>
      )}
      {/* The line's figures for screen readers (and for whoever checks them): a chart alone says nothing to them. */}
      <table className="par-visually-hidden" aria-label={title}>
        <thead>
          <tr>
            <th scope="col">{t('results.year')}</th>
            <th scope="col">{t('results.index')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.cycleId}>
              <td>{point.year}</td>
              <td>{format.points(point.index)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
