import { useId, useState } from 'react';
import { TRACKING_NUMBER_MAX } from '../../../shared/books';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useCommand } from '../../hooks/use-command';
import { useStudio } from '../../hooks/use-studio';

/** Marks the chosen orders shipped, with one tracking number for the parcel if there is one. */
export function ShipOrdersButton({ purchaseIds, onShipped }: { purchaseIds: string[]; onShipped: () => void }) {
  const { online } = useStudio();
  const ship = useCommand('merch.ship');
  const [open, setOpen] = useState(false);
  const [tracking, setTracking] = useState('');
  const fieldId = useId();
  const count = purchaseIds.length;
  const what = count === 1 ? 'this order' : `these ${count} orders`;

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
        {count === 0 ? 'Mark shipped' : `Mark ${count} shipped`}
      </button>
      {open ? (
        <ConfirmDialog
          title={`Mark ${what} shipped?`}
          confirmLabel={ship.pending ? 'Marking…' : 'Mark shipped'}
          busy={ship.pending}
          error={ship.error?.message ?? null}
          onConfirm={() => void confirm()}
          onCancel={() => setOpen(false)}
        >
          <div className="field">
            <label htmlFor={fieldId}>Tracking number (optional)</label>
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
          <p>The buyer’s receipt shows it at once{count > 1 ? ', on each order' : ''}.</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
