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
import type { BalancePoint } from '../../../../shared/domain/goodwill';
import { signedPoints } from './goodwillText';

const MONTHS = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' });
const DAYS = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const QUARTER_MS = 100 * 86_400_000;
const LONG = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const at = (date: string): Date => new Date(`${date}T12:00:00`);

/**
 * The balance over time as a stepped area: flat between lines, a step at each one.
 * Loaded on demand so the app's first screen does not pay for the chart library.
 */
export function BalanceChart({
  points,
  label,
}: {
  points: BalancePoint[];
  label: string;
}): ReactNode {
  const data = points.map((p) => ({ t: at(p.date).getTime(), date: p.date, balance: p.balance }));
  // Days on a short line, months on a long one.
  const tick = (data.at(-1)?.t ?? 0) - (data[0]?.t ?? 0) < QUARTER_MS ? DAYS : MONTHS;
  return (
    <div className="goodwill-chart" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={220}>
        <AreaChart
          data={data}
          margin={{ top: 8, right: 12, bottom: 0, left: -12 }}
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
            domain={['dataMin', 'dataMax']}
            tickFormatter={(t: number) => tick.format(new Date(t))}
            tickLine={false}
            axisLine={false}
            minTickGap={28}
            className="goodwill-axis"
          />
          <YAxis
            allowDecimals={false}
            tickLine={false}
            axisLine={false}
            width={44}
            className="goodwill-axis"
          />
          <ReferenceLine y={0} />
          <Tooltip
            content={({ active, payload }) => {
              const p = active
                ? (payload?.[0]?.payload as { date: string; balance: number } | undefined)
                : undefined;
              return p ? (
                <div className="goodwill-tooltip">
                  <span>{LONG.format(at(p.date))}</span>
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
            dot={false}
          />
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}
