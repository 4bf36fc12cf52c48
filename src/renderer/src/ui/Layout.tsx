import type { ReactNode } from 'react';

/** A screen's title row: heading, optional subtitle, actions on the right. */
export function PageHeader({
  title,
  subtitle,
  actions,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  actions?: ReactNode;
}): ReactNode {
  return (
    <header className="page-header">
      <div>
        <h1>{title}</h1>
        {subtitle && <p className="subtitle">{subtitle}</p>}
      </div>
      <div className="spacer" />
      {actions && <div className="row wrap">{actions}</div>}
    </header>
  );
}

/** What a screen shows before there is anything in it: what will be here, and how to start. */
export function EmptyState({
  icon,
  title,
  children,
  actions,
}: {
  icon?: ReactNode;
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}): ReactNode {
  return (
    <section className="empty-state" aria-label={title}>
      {icon && (
        <div className="empty-icon" aria-hidden="true">
          {icon}
        </div>
      )}
      <h2>{title}</h2>
      <p>{children}</p>
      {actions && <div className="row wrap">{actions}</div>}
    </section>
  );
}

/** A bordered surface with an optional titled header. */
export function Card({
  title,
  actions,
  children,
  className = '',
  headingLevel = 2,
}: {
  title?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  headingLevel?: 2 | 3;
}): ReactNode {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={`card ${className}`}>
      {title && (
        <div className="card-header">
          <H>{title}</H>
          <div className="spacer" />
          {actions}
        </div>
      )}
      <div className="card-body">{children}</div>
    </section>
  );
}

/** A small pill label. */
export function Badge({
  tone = 'neutral',
  children,
  title,
}: {
  tone?: 'neutral' | 'accent' | 'success' | 'warning' | 'danger' | 'private';
  children: ReactNode;
  title?: string;
}): ReactNode {
  return (
    <span className={`badge${tone === 'neutral' ? '' : ` badge-${tone}`}`} title={title}>
      {children}
    </span>
  );
}

/** An inline message box. */
export function Alert({
  tone = 'info',
  children,
}: {
  tone?: 'info' | 'warning' | 'danger';
  children: ReactNode;
}): ReactNode {
  return (
    <div
      className={`alert${tone === 'info' ? '' : ` alert-${tone}`}`}
      role={tone === 'danger' ? 'alert' : 'status'}
    >
      {children}
    </div>
  );
}

/** A loading indicator with an accessible name. */
export function Spinner({ label = 'Loading' }: { label?: string }): ReactNode {
  return <span className="spinner" role="status" aria-label={label} />;
}
