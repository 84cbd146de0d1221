import type { ReactNode } from 'react';

/** A titled area of the control room. */
export function Panel({ title, count, actions, children, className }: { title: string; count?: number; actions?: ReactNode; children: ReactNode; className?: string }) {
  const id = `panel-title-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    <section className={`panel${className ? ` ${className}` : ''}`} aria-labelledby={id}>
      <header className="panel-header">
        <h2 id={id}>
          {title}
          {count !== undefined ? <span className="panel-count">{count}</span> : null}
        </h2>
        {actions ? <div className="panel-actions">{actions}</div> : null}
      </header>
      {children}
    </section>
  );
}
