import type { ReactNode } from 'react';

/** One value of a sparkline; `moved` marks a step where something was recorded. */
export interface SparkValue {
  value: number;
  moved?: boolean;
}

/**
 * A tiny step line over evenly spaced periods (the twelve months of the goodwill trend),
 * drawn by hand in SVG: the dashboard shows several, and they must paint with the first
 * frame rather than wait for the chart library. Each period spans one slot, so a single
 * value still draws a line across the whole width; a dot marks each period that moved.
 */
export function Sparkline({
  values,
  label,
  width = 120,
  height = 34,
}: {
  values: SparkValue[];
  label: string;
  width?: number;
  height?: number;
}): ReactNode {
  const pad = 3;
  const nums = values.map((v) => v.value);
  const min = Math.min(0, ...nums);
  const max = Math.max(1, ...nums);
  const slot = (width - 2 * pad) / Math.max(1, values.length);
  const x = (i: number): number => pad + i * slot;
  const y = (v: number): number => pad + ((max - v) * (height - 2 * pad)) / (max - min || 1);
  // A step line: flat across each period, a vertical step where the next period starts.
  const line = values
    .map(
      (v, i) =>
        `${i === 0 ? 'M' : 'V'}${i === 0 ? `${x(0).toFixed(1)},` : ''}${y(v.value).toFixed(1)} H${x(i + 1).toFixed(1)}`,
    )
    .join(' ');
  const area = values.length ? `${line} V${y(min).toFixed(1)} H${x(0).toFixed(1)} Z` : '';
  return (
    <svg
      className="dash-sparkline"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={label}
    >
      {min < 0 && (
        <line x1={pad} x2={width - pad} y1={y(0)} y2={y(0)} className="dash-sparkline-zero" />
      )}
      <path d={area} className="dash-sparkline-area" />
      <path d={line} className="dash-sparkline-line" />
      {values.map((v, i) =>
        v.moved ? (
          <circle
            key={i}
            cx={x(i) + slot / 2}
            cy={y(v.value)}
            r={2.4}
            className="dash-sparkline-dot"
          />
        ) : null,
      )}
    </svg>
  );
}
