import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { THEME } from '../app/theme';
import { useFormat } from '../format/use-format';
import type { ResultRow } from './results.api';

const ROW_HEIGHT = 28;

/**
 * The group's indices as horizontal bars, in rank order (long Vietnamese unit names read best on the left).
 * Bar lengths are drawn from numbers; every figure written on the chart is the index's own decimal text.
 */
export function IndexChart({ rows, title }: { rows: readonly ResultRow[]; title: string }) {
  const format = useFormat();
  const data = rows.filter((row) => row.index !== null).map((row) => ({ name: row.name, index: row.index as string, value: Number(row.index) }));
  return (
    <figure className="par-chart" aria-label={title}>
      <figcaption className="par-chart-title">{title}</figcaption>
      <ResponsiveContainer width="100%" height={data.length * ROW_HEIGHT + 48}>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 56 }}>
          <CartesianGrid horizontal={false} />
          <XAxis type="number" domain={[0, 100]} tickFormatter={(tick: number) => String(tick)} />
          <YAxis type="category" dataKey="name" width={220} interval={0} />
          <Tooltip formatter={(_value, _name, item) => format.percent((item.payload as { index: string }).index)} />
          <Bar dataKey="value" fill={THEME.token?.colorPrimary} isAnimationActive={false}>
            <LabelList dataKey="index" position="right" formatter={(label) => format.points(String(label))} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
