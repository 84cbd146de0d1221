import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { TRACKING_NUMBER_MAX } from '../../../shared/books';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useCommand } from '../../hooks/use-command';
import { useStudio } from '../../hooks/use-studio';

/** Marks the chosen orders shipped, with one tracking number for the parcel if there is one. */
export function ShipOrdersButton({ purchaseIds, onShipped }: { purchaseIds: string[]; onShipped: () => void }) {
  const intl = useIntl();
  const { online } = useStudio();
  const ship = useCommand('merch.ship');
  const [open, setOpen] = useState(false);
  const [tracking, setTracking] = useState('');
  const fieldId = useId();
  const count = purchaseIds.length;

  const confirm = async () => {
    const trimmed = tracking.trim();
    const result = await ship.run({ purchaseIds, trackingNumber: trimmed === '' ? null : trimmed });
    if (!result?.ok) return;
    setOpen(false);
    setTracking('');
    onShipped();
  };

  return (
    <>
      <button
        type="button"
        className="button button-small"
        disabled={!online || count === 0}
        onClick={() => {
          ship.clearError();
          setOpen(true);
        }}
      >
        {intl.formatMessage({ id: 'merch.ship.button' }, { count })}
      </button>
      {open ? (
        <ConfirmDialog
          title={intl.formatMessage({ id: 'merch.ship.title' }, { count })}
          confirmLabel={intl.formatMessage({ id: ship.pending ? 'merch.ship.marking' : 'merch.ship.confirm' })}
          busy={ship.pending}
          error={ship.error?.message ?? null}
          onConfirm={() => void confirm()}
          onCancel={() => setOpen(false)}
        >
          <div className="field">
            <label htmlFor={fieldId}>{intl.formatMessage({ id: 'merch.ship.tracking' })}</label>
            <input
              id={fieldId}
              value={tracking}
              maxLength={TRACKING_NUMBER_MAX}
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => setTracking(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  void confirm();
                }
              }}
            />
          </div>
          <p>{intl.formatMessage({ id: 'merch.ship.receiptNote' }, { count })}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
