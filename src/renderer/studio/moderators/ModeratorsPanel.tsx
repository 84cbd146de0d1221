import { useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
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
  const intl = useIntl();
  const { synced, view } = useSyncedState(useStudio().client, MODERATORS_SYNC);
  const { value: moderators, loadError: error } = view;
  const reload = () => void synced?.reload();
  const now = useNow(30_000);
  return (
    <div className="moderators-grid">
      <Panel title={intl.formatMessage({ id: 'team.invite.title' })}>
        <p className="panel-note">
          <FormattedMessage id="team.invite.note" />
        </p>
        <InviteForm />
      </Panel>
      <Panel title={intl.formatMessage({ id: 'team.list.title' })} count={moderators?.filter((m) => standing(m, now) === 'active').length}>
        {error ? (
          <Notice
            kind="error"
            title={intl.formatMessage({ id: 'team.list.loadFailed' })}
            action={
              <button type="button" className="button" onClick={reload}>
                <FormattedMessage id="common.retry" />
              </button>
            }
          >
            {error.message}
          </Notice>
        ) : moderators === null ? (
          <Notice kind="loading" title={intl.formatMessage({ id: 'team.list.loading' })} />
        ) : moderators.length === 0 ? (
          <Notice kind="empty" title={intl.formatMessage({ id: 'team.list.empty.title' })}>
            <FormattedMessage id="team.list.empty.body" />
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

/** The `<time>` of a rich message, stamped with the machine-readable instant it words. */
const timeAt =
  (iso: string) =>
  (chunks: ReactNode[]) => <time dateTime={iso}>{chunks}</time>;

type Standing = 'active' | 'expired' | 'revoked';
const standing = (m: ModeratorInvite, now: number): Standing => (m.revokedAt ? 'revoked' : Date.parse(m.expiresAt) <= now ? 'expired' : 'active');

function ModeratorRow({ moderator, now }: { moderator: ModeratorInvite; now: number }) {
  const intl = useIntl();
  const { online } = useStudio();
  const revoke = useCommand('moderators.revoke');
  const [confirming, setConfirming] = useState(false);
  const state = standing(moderator, now);
  const confirm = async () => {
    const result = await revoke.run({ inviteId: moderator.id });
    if (result?.ok) setConfirming(false);
  };
  return (
    <li className={`moderator-row moderator-${state}`} aria-label={intl.formatMessage({ id: 'team.row.label' }, { name: moderator.name })}>
      <div className="moderator-who">
        <span className="moderator-name">{moderator.name}</span>
        {state === 'active' ? (
          moderator.connections > 0 ? (
            <span className="chip chip-good">
              <FormattedMessage id="team.row.connected" values={{ pages: moderator.connections }} />
            </span>
          ) : (
            <span className="chip chip-neutral">
              <FormattedMessage id="team.row.notConnected" />
            </span>
          )
        ) : (
          <span className="chip chip-bad">
            <FormattedMessage id={state === 'revoked' ? 'team.row.revoked' : 'team.row.expired'} />
          </span>
        )}
      </div>
      <div className="cell-sub">
        {state === 'revoked' && moderator.revokedAt ? (
          <FormattedMessage id="team.row.revokedAt" values={{ time: timeAt(moderator.revokedAt), date: formatDateTime(moderator.revokedAt, intl.locale) }} />
        ) : (
          <FormattedMessage
            id={state === 'expired' ? 'team.row.expiredAt' : 'team.row.worksUntil'}
            values={{ time: timeAt(moderator.expiresAt), date: formatDateTime(moderator.expiresAt, intl.locale) }}
          />
        )}
      </div>
      {state === 'active' ? (
        <button type="button" className="button button-small button-danger-quiet" disabled={!online || revoke.pending} onClick={() => setConfirming(true)}>
          <FormattedMessage id="team.row.revoke" />
        </button>
      ) : null}
      {revoke.error && !confirming ? (
        <p className="inline-error" role="alert">
          {revoke.error.message}
        </p>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={intl.formatMessage({ id: 'team.revoke.title' }, { name: moderator.name })}
          confirmLabel={intl.formatMessage({ id: 'team.revoke.confirm' })}
          tone="danger"
          busy={revoke.pending}
          error={revoke.error?.message ?? null}
          onConfirm={() => void confirm()}
          onCancel={() => setConfirming(false)}
        >
          <p>
            <FormattedMessage id="team.revoke.body" values={{ connected: moderator.connections > 0 ? 'yes' : 'no' }} />
          </p>
        </ConfirmDialog>
      ) : null}
    </li>
  );
}
