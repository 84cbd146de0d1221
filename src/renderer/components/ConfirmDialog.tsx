import { useEffect, useRef, type ReactNode } from 'react';
import { useIntl } from 'react-intl';

export interface ConfirmDialogProps {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  tone?: 'danger' | 'primary';
  busy?: boolean;
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A modal question on the native <dialog>: focus is trapped, Escape cancels, Enter confirms (the
 * confirm button, or the first field if there is one, has focus when it opens). Mount it to open it.
 */
export function ConfirmDialog({ title, children, confirmLabel, tone = 'primary', busy = false, error, onConfirm, onCancel }: ConfirmDialogProps) {
  const intl = useIntl();
  const dialog = useRef<HTMLDialogElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal();
    const firstField = element.querySelector<HTMLElement>('input, textarea, select');
    (firstField ?? confirm.current)?.focus();
    return () => element.close();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="dialog-title"
      onCancel={(event) => {
        event.preventDefault(); // React decides when it closes: unmounting closes it
        if (!busy) onCancel();
      }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) onConfirm();
        }}
      >
        <h2 id="dialog-title">{title}</h2>
        <div className="dialog-body">{children}</div>
        {error ? (
          <p className="inline-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel} disabled={busy}>
            {intl.formatMessage({ id: 'ui.cancel' })}
          </button>
          <button ref={confirm} type="submit" className={`button button-${tone}`} disabled={busy} aria-busy={busy}>
            {busy ? intl.formatMessage({ id: 'ui.working' }) : confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
