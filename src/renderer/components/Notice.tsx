import type { ReactNode } from 'react';

export type NoticeKind = 'loading' | 'empty' | 'error' | 'offline' | 'info';

/** The one look for "nothing to show yet", "something went wrong" and friends, in every area. */
export function Notice({ kind, title, children, action }: { kind: NoticeKind; title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {kind === 'loading' ? <span className="spinner" aria-hidden="true" /> : null}
      <div>
        <p className="notice-title">{title}</p>
        {children ? <div className="notice-body">{children}</div> : null}
      </div>
      {action ? <div className="notice-action">{action}</div> : null}
    </div>
  );
}
