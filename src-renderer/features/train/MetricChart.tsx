import { memo, useMemo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { formatMetric } from '../../ui/display-format';
import { chartRows, epochAxisMax, type ChartSpec } from './chart-data';
import type { MetricSeries } from './run-events';

// Training in blue, validation in orange: the pair every course slide uses.
const SERIES_COLORS = ['#2563eb', '#ea580c'];

interface MetricChartProps {
  spec: ChartSpec;
  metrics: MetricSeries;
  /** The run's planned epochs, so the x axis does not jump while it grows. */
  epochs: number;
}

/**
 * One metric over epochs, training vs validation. The container carries data-points-<series>
 * with the number of points drawn, for the end-to-end tests.
 */
export const MetricChart = memo(function MetricChart({ spec, metrics, epochs }: MetricChartProps) {
  const { t, i18n } = useTranslation();
  const { rows, counts } = useMemo(() => chartRows(metrics, spec.series), [metrics, spec.series]);
  const pointAttributes = Object.fromEntries(spec.series.map((s) => [`data-points-${s}`, String(counts[s] ?? 0)]));
  const isAccuracy = spec.id === 'accuracy';
  const format = (v: number) => formatMetric(spec.id, v, i18n.language);

  return (
    <figure className="chart-card" data-testid={`chart-${spec.id}`} {...pointAttributes}>
      <figcaption className="chart-title">
        {t(`train.chart.${spec.id}`)}
        <span className="muted small"> · {t(`train.chart.${spec.id}Hint`)}</span>
      </figcaption>
      {rows.length === 0 ? (
        <div className="chart-empty">{t('train.chart.empty')}</div>
      ) : (
        <LineChart responsive style={{ width: '100%', height: 240 }} data={rows} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid stroke="#e6e8ee" vertical={false} />
          <XAxis dataKey="epoch" type="number" domain={[1, epochAxisMax(epochs, rows[rows.length - 1]?.epoch ?? 0)]} allowDecimals={false} tickLine={false} stroke="#8a90a2" fontSize={12} />
          <YAxis width={56} tickLine={false} stroke="#8a90a2" fontSize={12} domain={isAccuracy ? [0, 1] : ['auto', 'auto']} tickFormatter={format} />
          <Tooltip
            separator=": "
            formatter={(value) => (typeof value === 'number' ? format(value) : String(value))}
            labelFormatter={(label) => t('train.chart.epochLabel', { epoch: String(label) })}
          />
          <Legend iconType="plainline" />
          {spec.series.map((name, i) => (
            <Line
              key={name}
              type="monotone"
              dataKey={name}
              name={t(`train.metrics.${name}`)}
              stroke={SERIES_COLORS[i % SERIES_COLORS.length]}
              strokeWidth={2}
              dot={rows.length <= 30 ? { r: 2.5 } : false}
              isAnimationActive={false}
              connectNulls
            />
          ))}
        </LineChart>
      )}
    </figure>
  );
});
