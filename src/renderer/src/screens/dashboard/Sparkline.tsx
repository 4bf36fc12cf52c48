import type { ReactNode } from 'react';

/**
 * A tiny line of values, drawn by hand in SVG: the dashboard shows several, and they
 * must paint with the first frame rather than wait for the chart library.
 */
export function Sparkline({
  values,
  label,
  width = 120,
  height = 34,
}: {
  values: number[];
  label: string;
  width?: number;
  height?: number;
}): ReactNode {
  const pad = 3;
  const min = Math.min(0, ...values);
  const max = Math.max(1, ...values);
  const x = (i: number): number =>
    pad + (values.length < 2 ? 0 : (i * (width - 2 * pad)) / (values.length - 1));
  const y = (v: number): number => pad + ((max - v) * (height - 2 * pad)) / (max - min || 1);
  const line = values
    .map((v, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(v).toFixed(1)}`)
    .join(' ');
  const area = values.length
    ? `${line} L${x(values.length - 1).toFixed(1)},${y(min).toFixed(1)} L${x(0).toFixed(1)},${y(min).toFixed(1)} Z`
    : '';
  const last = values.at(-1);
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
      {last !== undefined && (
        <circle cx={x(values.length - 1)} cy={y(last)} r={2.6} className="dash-sparkline-dot" />
      )}
    </svg>
  );
}
