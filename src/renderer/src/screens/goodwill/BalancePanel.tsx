import { lazy, Suspense, type ReactNode } from 'react';
import type { BalancePoint, BalanceSpan } from '../../../../shared/domain/goodwill';
import { api, useApiData } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { useSettings } from '../../lib/settings';
import { Alert, Card, Spinner, TableScroll } from '../../ui';
import { signedPoints } from './goodwillText';

const BalanceChart = lazy(() =>
  import('./BalanceChart').then((m) => ({ default: m.BalanceChart })),
);

/** The same data as the chart, as a table a screen reader can walk. */
function BalanceTable({
  points,
  leaderName,
}: {
  points: BalancePoint[];
  leaderName: string;
}): ReactNode {
  const { dateFormat } = useSettings();
  return (
    <TableScroll className="goodwill-table-wrap" label="Balance over time, as a table">
      <table className="goodwill-ledger goodwill-balance-table">
        <caption className="visually-hidden">Goodwill balance with {leaderName} over time</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col" className="num">
              Balance
            </th>
          </tr>
        </thead>
        <tbody>
          {points.map((p, i) => (
            <tr key={`${p.date}-${i}`}>
              <td>{formatDate(p.date, dateFormat)}</td>
              <td className="num">{signedPoints(p.balance)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** A small two-way switch (its buttons say which choice is on). */
function Segmented<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: { value: T; label: string }[];
  onChange: (v: T) => void;
}): ReactNode {
  return (
    <div className="goodwill-switch" role="group" aria-label={label}>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          aria-pressed={value === o.value}
          onClick={() => onChange(o.value)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}

/** The balance over time with one leader: a chart, or the same points as a table. */
export function BalancePanel({
  leaderId,
  leaderName,
  span,
  asTable,
  onSpan,
  onTable,
}: {
  leaderId: string;
  leaderName: string;
  span: BalanceSpan;
  asTable: boolean;
  onSpan: (s: BalanceSpan) => void;
  onTable: (on: boolean) => void;
}): ReactNode {
  const { data, error } = useApiData(
    () => api.goodwill.series({ leaderId, span }),
    [leaderId, span],
    { areas: ['goodwill'] },
  );
  const { dateFormat } = useSettings();
  const points = data?.points ?? [];
  const last = points.at(-1);
  const first = points[0];
  const days = points.filter((p) => p.moved).length;
  const unit = span === 'all' ? 'month' : 'day';
  const summary =
    last && first
      ? `Goodwill balance with ${leaderName}, ${span === 'all' ? 'all time' : 'last 12 months'}: from ${signedPoints(first.balance)} on ${formatDate(first.date, dateFormat)} to ${signedPoints(last.balance)} today, with lines on ${days} ${days === 1 ? unit : `${unit}s`}.`
      : `No goodwill recorded with ${leaderName} yet.`;
  return (
    <Card
      className="goodwill-balance"
      title="Balance over time"
      actions={
        <div className="row">
          <Segmented
            label="Period"
            value={span}
            options={[
              { value: 'year', label: '12 months' },
              { value: 'all', label: 'All time' },
            ]}
            onChange={onSpan}
          />
          <Segmented
            label="Show as"
            value={asTable ? 'table' : 'chart'}
            options={[
              { value: 'chart', label: 'Chart' },
              { value: 'table', label: 'Table' },
            ]}
            onChange={(v) => onTable(v === 'table')}
          />
        </div>
      }
    >
      {error && <Alert tone="danger">{error}</Alert>}
      {!data ? (
        <div className="goodwill-chart-placeholder">
          <Spinner label="Loading the balance" />
        </div>
      ) : points.length === 0 ? (
        <p className="goodwill-quiet">{summary} Record a first deposit and the line starts here.</p>
      ) : asTable ? (
        <BalanceTable points={points} leaderName={leaderName} />
      ) : (
        <Suspense fallback={<div className="goodwill-chart-placeholder" />}>
          <BalanceChart points={points} span={span} label={summary} />
        </Suspense>
      )}
    </Card>
  );
}
