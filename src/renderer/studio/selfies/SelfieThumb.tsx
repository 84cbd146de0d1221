import { useState } from 'react';
import type { Selfie } from '../../../shared/selfies';
import { hostSelfiePath } from '../../../shared/selfies';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useImageBlob } from '../../hooks/use-image-blob';
import { useSelfies } from './SelfiesContext';

/** One stored selfie: its picture (fetched with the host token), where it came from, and delete. */
export function SelfieThumb({ selfie, index }: { selfie: Selfie; index: number }) {
  const { session, remove } = useSelfies();
  const image = useImageBlob(session ? `${session.serverUrl.replace(/\/$/, '')}${hostSelfiePath(selfie.id)}` : null, session ? { Authorization: `Bearer ${session.token}` } : null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const label = `Selfie ${index + 1} with ${selfie.guestName}`;
  return (
    <li className="selfie-thumb">
      {image.src ? <img src={image.src} alt={label} width={160} height={Math.round((160 * selfie.height) / selfie.width)} /> : <div className="selfie-thumb-empty">{image.error ?? 'Loading…'}</div>}
      <div className="selfie-thumb-meta">
        <span>{`#${index + 1} · ${selfie.source === 'obs' ? 'from OBS' : 'from the studio'} · ${selfie.width}×${selfie.height}`}</span>
        <button type="button" className="button button-small button-danger-quiet" onClick={() => setConfirming(true)} aria-label={`Delete ${label}`}>
          Delete
        </button>
      </div>
      {confirming ? (
        <ConfirmDialog
          title={`Delete selfie ${index + 1}?`}
          confirmLabel="Delete selfie"
          tone="danger"
          busy={busy}
          error={error}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setBusy(true);
            void remove(selfie.id).then((problem) => {
              setBusy(false);
              if (problem) setError(problem);
              else setConfirming(false);
            });
          }}
        >
          It disappears from {selfie.guestName}’s receipt too. This cannot be undone.
        </ConfirmDialog>
      ) : null}
    </li>
  );
}
