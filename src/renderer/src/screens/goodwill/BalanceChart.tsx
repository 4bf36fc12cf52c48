import type { ReactNode } from 'react';
import {
  Area,
  AreaChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { BalancePoint, BalanceSpan } from '../../../../shared/domain/goodwill';
import { formatDate } from '../../lib/format';
import { useSettings } from '../../lib/settings';
import { chartDomain, chartTicks, tickLabel, type ChartPoint } from './chartAxis';
import { signedPoints } from './goodwillText';

/** A dot on each point where ledger lines fall; nothing on the others. */
function EntryDot(props: { cx?: number; cy?: number; payload?: ChartPoint }): ReactNode {
  const { cx, cy, payload } = props;
  if (!payload?.moved || cx === undefined || cy === undefined) return <g />;
  return <circle cx={cx} cy={cy} r={3.5} className="goodwill-dot" />;
}

/**
 * The balance over time as a step line on a time axis that spans the chosen period (twelve
 * months, or since the first line), with a dot where lines fall. Loaded on demand so the
 * app's first screen does not pay for the chart library.
 */
export function BalanceChart({
  points,
  span,
  label,
}: {
  points: BalancePoint[];
  span: BalanceSpan;
  label: string;
}): ReactNode {
  const settings = useSettings();
  const data: ChartPoint[] = points.map((p) => ({
    t: Date.parse(`${p.date}T12:00:00Z`),
    date: p.date,
    balance: p.balance,
    moved: p.moved ?? false,
  }));
  const domain = chartDomain(data, span);
  const ticks = chartTicks(domain);
  return (
    <figure className="goodwill-chart" aria-label={label} role="img">
      <ResponsiveContainer width="100%" height={220}>
        <AreaChart
          data={data}
          margin={{ top: 8, right: 16, bottom: 0, left: -12 }}
          accessibilityLayer={false}
        >
          <defs>
            <linearGradient id="goodwill-fill" x1="0" y1="0" x2="0" y2="1">
              <stop offset="0%" className="goodwill-fill-top" />
              <stop offset="100%" className="goodwill-fill-bottom" />
            </linearGradient>
          </defs>
          <CartesianGrid vertical={false} />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={[domain.from, domain.to]}
            allowDataOverflow
            ticks={ticks.values}
            interval="preserveStartEnd"
            tickFormatter={(t: number) => tickLabel(t, ticks.unit, settings)}
            tickLine={false}
            axisLine={false}
            minTickGap={16}
            className="goodwill-axis"
          />
          <YAxis
            allowDecimals={false}
            tickLine={false}
            axisLine={false}
            width={44}
            domain={[(min: number) => Math.min(0, min), (max: number) => Math.max(1, max)]}
            className="goodwill-axis"
          />
          <ReferenceLine y={0} />
          <Tooltip
            content={({ active, payload }) => {
              const p = active ? (payload?.[0]?.payload as ChartPoint | undefined) : undefined;
              return p ? (
                <div className="goodwill-tooltip">
                  <span>{formatDate(p.date)}</span>
                  <strong>{signedPoints(p.balance)}</strong>
                </div>
              ) : null;
            }}
          />
          <Area
            type="stepAfter"
            dataKey="balance"
            fill="url(#goodwill-fill)"
            isAnimationActive={false}
            dot={EntryDot}
            activeDot={{ r: 4 }}
          />
        </AreaChart>
      </ResponsiveContainer>
    </figure>
  );
}
