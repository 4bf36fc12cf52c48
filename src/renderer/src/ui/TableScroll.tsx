import type { ReactNode } from 'react';

/**
 * Holds a data table that may be wider (or taller) than its card: the table scrolls on its own,
 * so the page never has to scroll sideways. It takes keyboard focus, so the arrow keys scroll it.
 */
export function TableScroll({
  label,
  className = '',
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}): ReactNode {
  return (
    <div className={`table-scroll ${className}`} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
