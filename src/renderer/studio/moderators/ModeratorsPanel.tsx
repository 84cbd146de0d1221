import { useState } from 'react';
import type { ModeratorInvite } from '../../../shared/moderation';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Notice } from '../../components/Notice';
import { useCommand } from '../../hooks/use-command';
import { useNow } from '../../hooks/use-now';
import { useStudio } from '../../hooks/use-studio';
import { useSyncedState } from '../../hooks/use-synced-state';
import { formatDateTime } from '../../lib/format';
import { Panel } from '../common/Panel';
import { InviteForm } from './InviteForm';
import { MODERATORS_SYNC } from './moderators-sync';
import './moderators.css';

/**
 * The host's team: invite moderators by link (name + expiry), see who has the console open, and
 * revoke access (an open console is cut at once). Moderators accept/reject, move the line, note,
 * moderate messages and block buyers; never offers, prices, settings, keys or refunds.
 */
export function ModeratorsPanel() {
  const { synced, view } = useSyncedState(useStudio().client, MODERATORS_SYNC);
  const { value: moderators, loadError: error } = view;
  const reload = () => void synced?.reload();
  const now = useNow(30_000);
  return (
    <div className="moderators-grid">
      <Panel title="Invite a moderator">
        <p className="panel-note">
          Moderators open their link in any browser and share your queue: they accept or reject hot seats, move the line, add notes, approve or
          hide messages and block buyers for the show. They never see buyers’ emails or addresses, your settings or keys, and cannot change
          offers or refund.
        </p>
        <InviteForm />
      </Panel>
      <Panel title="Moderators" count={moderators?.filter((m) => standing(m, now) === 'active').length}>
        {error ? (
          <Notice
            kind="error"
            title="Could not load the moderators"
            action={
              <button type="button" className="button" onClick={reload}>
                Try again
              </button>
            }
          >
            {error.message}
          </Notice>
        ) : moderators === null ? (
          <Notice kind="loading" title="Loading moderators…" />
        ) : moderators.length === 0 ? (
          <Notice kind="empty" title="No moderators yet">
            Create an invite link to share the queue with someone you trust.
          </Notice>
        ) : (
          <ul className="moderator-list">
            {moderators.map((m) => (
              <ModeratorRow key={m.id} moderator={m} now={now} />
            ))}
          </ul>
        )}
      </Panel>
    </div>
  );
}

type Standing = 'active' | 'expired' | 'revoked';
const standing = (m: ModeratorInvite, now: number): Standing => (m.revokedAt ? 'revoked' : Date.parse(m.expiresAt) <= now ? 'expired' : 'active');

function ModeratorRow({ moderator, now }: { moderator: ModeratorInvite; now: number }) {
  const { online } = useStudio();
  const revoke = useCommand('moderators.revoke');
  const [confirming, setConfirming] = useState(false);
  const state = standing(moderator, now);
  const confirm = async () => {
    const result = await revoke.run({ inviteId: moderator.id });
    if (result?.ok) setConfirming(false);
  };
  return (
    <li className={`moderator-row moderator-${state}`} aria-label={`Moderator ${moderator.name}`}>
      <div className="moderator-who">
        <span className="moderator-name">{moderator.name}</span>
        {state === 'active' ? (
          moderator.connections > 0 ? (
            <span className="chip chip-good">Connected{moderator.connections > 1 ? ` · ${moderator.connections} pages` : ''}</span>
          ) : (
            <span className="chip chip-neutral">Not connected</span>
          )
        ) : (
          <span className="chip chip-bad">{state === 'revoked' ? 'Revoked' : 'Expired'}</span>
        )}
      </div>
      <div className="cell-sub">
        {state === 'revoked' && moderator.revokedAt ? (
          <>
            Revoked <time dateTime={moderator.revokedAt}>{formatDateTime(moderator.revokedAt)}</time>
          </>
        ) : (
          <>
            {state === 'expired' ? 'Expired' : 'Link works until'} <time dateTime={moderator.expiresAt}>{formatDateTime(moderator.expiresAt)}</time>
          </>
        )}
      </div>
      {state === 'active' ? (
        <button type="button" className="button button-small button-danger-quiet" disabled={!online || revoke.pending} onClick={() => setConfirming(true)}>
          Revoke
        </button>
      ) : null}
      {revoke.error && !confirming ? (
        <p className="inline-error" role="alert">
          {revoke.error.message}
        </p>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={`Revoke ${moderator.name}’s access?`}
          confirmLabel="Revoke now"
          tone="danger"
          busy={revoke.pending}
          error={revoke.error?.message ?? null}
          onConfirm={() => void confirm()}
          onCancel={() => setConfirming(false)}
        >
          <p>
            Their link stops working and {moderator.connections > 0 ? 'their open console is closed right away' : 'any console they open is refused'}.
            What they already did stays in the activity log.
          </p>
        </ConfirmDialog>
      ) : null}
    </li>
  );
}
