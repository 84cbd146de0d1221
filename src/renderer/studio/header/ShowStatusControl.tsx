import { useState } from 'react';
import type { Show, ShowStatus } from '../../../shared/offers';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useCommand } from '../../hooks/use-command';
import { useStudio } from '../../hooks/use-studio';
import { ShowStatusChip } from './ShowStatusChip';

const transitions: Partial<Record<ShowStatus, { to: ShowStatus; label: string; tone: 'primary' | 'danger' }>> = {
  draft: { to: 'live', label: 'Go live', tone: 'primary' },
  live: { to: 'ended', label: 'End show', tone: 'danger' },
};

/** The show's status with the one move it can make next, always behind a confirmation. */
export function ShowStatusControl({ show }: { show: Show }) {
  const { online } = useStudio();
  const setStatus = useCommand('show.setStatus');
  const [confirming, setConfirming] = useState(false);
  const next = transitions[show.status];

  const confirm = async () => {
    if (!next) return;
    const result = await setStatus.run({ showId: show.id, status: next.to });
    if (result?.ok) setConfirming(false);
  };

  return (
    <div className="show-status-control">
      <ShowStatusChip status={show.status} />
      {next ? (
        <button
          type="button"
          className={`button button-${next.tone}`}
          disabled={!online || setStatus.pending}
          onClick={() => {
            setStatus.clearError();
            setConfirming(true);
          }}
        >
          {next.label}
        </button>
      ) : null}
      {confirming && next ? (
        <ConfirmDialog
          title={next.to === 'live' ? `Go live with “${show.title}”?` : `End “${show.title}”?`}
          confirmLabel={next.label}
          tone={next.tone}
          busy={setStatus.pending}
          error={setStatus.error?.message ?? null}
          onConfirm={() => void confirm()}
          onCancel={() => setConfirming(false)}
        >
          {next.to === 'live' ? (
            <p>The store opens to viewers and they can start paying for tips, gifts, merch and hot seats.</p>
          ) : (
            <>
              <p>The store closes to new purchases.</p>
              <p>
                Hot seats that have not been on air yet are released: <strong>those buyers are not charged.</strong>
              </p>
            </>
          )}
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
