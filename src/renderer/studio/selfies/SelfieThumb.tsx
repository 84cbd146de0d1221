import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { Selfie } from '../../../shared/selfies';
import { hostSelfiePath } from '../../../shared/selfies';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useImageBlob } from '../../hooks/use-image-blob';
import { useSelfies } from './SelfiesContext';

/** One stored selfie: its picture (fetched with the host token), where it came from, and delete. */
export function SelfieThumb({ selfie, index }: { selfie: Selfie; index: number }) {
  const intl = useIntl();
  const { session, remove } = useSelfies();
  const image = useImageBlob(session ? `${session.serverUrl.replace(/\/$/, '')}${hostSelfiePath(selfie.id)}` : null, session ? { Authorization: `Bearer ${session.token}` } : null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const number = index + 1;
  const label = intl.formatMessage({ id: 'selfies.thumb.label' }, { number, name: selfie.guestName });
  return (
    <li className="selfie-thumb">
      {image.src ? <img src={image.src} alt={label} width={160} height={Math.round((160 * selfie.height) / selfie.width)} /> : <div className="selfie-thumb-empty">{image.error ?? intl.formatMessage({ id: 'common.loading' })}</div>}
      <div className="selfie-thumb-meta">
        <span>{intl.formatMessage({ id: 'selfies.thumb.meta' }, { number, source: selfie.source, width: selfie.width, height: selfie.height })}</span>
        <button type="button" className="button button-small button-danger-quiet" onClick={() => setConfirming(true)} aria-label={intl.formatMessage({ id: 'selfies.thumb.deleteLabel' }, { number, name: selfie.guestName })}>
          {intl.formatMessage({ id: 'selfies.thumb.delete' })}
        </button>
      </div>
      {confirming ? (
        <ConfirmDialog
          title={intl.formatMessage({ id: 'selfies.delete.title' }, { number })}
          confirmLabel={intl.formatMessage({ id: 'selfies.delete.confirm' })}
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
          {intl.formatMessage({ id: 'selfies.delete.body' }, { name: selfie.guestName })}
        </ConfirmDialog>
      ) : null}
    </li>
  );
}
