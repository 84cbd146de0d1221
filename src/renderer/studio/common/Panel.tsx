import { useId, type ReactNode } from 'react';

/** A titled area of the control room (the title comes translated: its id does not depend on it). */
export function Panel({ title, count, actions, children, className }: { title: string; count?: number; actions?: ReactNode; children: ReactNode; className?: string }) {
  const id = `panel-title-${useId()}`;
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
