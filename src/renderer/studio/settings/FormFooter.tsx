import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';

/**
 * The end of every settings form: the error that is not about one field, the submit button (with
 * its busy label while saving) and "Saved" once the studio confirmed it; `children` adds buttons.
 */
export function FormFooter({
  error,
  pending,
  disabled,
  label,
  pendingLabel,
  saved = false,
  children,
}: {
  error: string | null | undefined;
  pending: boolean;
  disabled: boolean;
  label: string;
  pendingLabel: string;
  saved?: boolean;
  children?: ReactNode;
}) {
  return (
    <>
      {error ? (
        <p className="inline-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={disabled} aria-busy={pending}>
          {pending ? pendingLabel : label}
        </button>
        {children}
        {saved ? (
          <span className="form-saved" role="status">
            <FormattedMessage id="settings.saved" />
          </span>
        ) : null}
      </div>
    </>
  );
}
