import { useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import { useStudio } from '../../hooks/use-studio';
import { actorName } from '../../lib/actor-name';
import { formatDateTime } from '../../lib/format';
import { useWordActivity } from '../../i18n/use-word-activity';
import { Panel } from '../common/Panel';
import './activity.css';

const code = (chunks: ReactNode[]) => <code>{chunks}</code>;

/** Who did what and when: every decision and money action, newest first. */
export function ActivityLog() {
  const { snapshot } = useStudio();
  const intl = useIntl();
  const wordDetail = useWordActivity();
  const [who, setWho] = useState('');
  const buyer = (purchaseId: string | null) => (purchaseId ? snapshot.purchases.find((p) => p.id === purchaseId)?.buyerName : undefined);
  // Who did what: the host, each moderator by name, Stripe, checkout, buyers.
  const actors = [...new Set(snapshot.audit.map((entry) => entry.actor))].sort();
  const entries = who ? snapshot.audit.filter((entry) => entry.actor === who) : snapshot.audit;
  const filter =
    actors.length > 1 ? (
      <label className="activity-filter">
        {intl.formatMessage({ id: 'activity.who' })} <select value={who} onChange={(event) => setWho(event.target.value)}>
          <option value="">{intl.formatMessage({ id: 'activity.everyone' })}</option>
          {actors.map((actor) => (
            <option key={actor} value={actor}>
              {actorName(intl, actor)}
            </option>
          ))}
        </select>
      </label>
    ) : null;
  return (
    <Panel title={intl.formatMessage({ id: 'activity.title' })} count={entries.length} actions={filter}>
      {entries.length === 0 ? (
        <Notice kind="empty" title={intl.formatMessage({ id: 'activity.empty.title' })}>
          {intl.formatMessage({ id: 'activity.empty.body' })}
        </Notice>
      ) : (
        <div className="table-wrap">
          <table className="table table-dense">
            <thead>
              <tr>
                <th scope="col">{intl.formatMessage({ id: 'activity.when' })}</th>
                <th scope="col">{intl.formatMessage({ id: 'activity.who' })}</th>
                <th scope="col">{intl.formatMessage({ id: 'activity.what' })}</th>
                <th scope="col">{intl.formatMessage({ id: 'activity.details' })}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td className="nowrap">
                    <time dateTime={entry.at}>{formatDateTime(entry.at, intl.locale)}</time>
                  </td>
                  <td>{actorName(intl, entry.actor)}</td>
                  <td>
                    <code>{entry.action}</code>
                  </td>
                  <td>
                    {wordDetail(entry)}
                    {entry.purchaseId ? (
                      <span className="cell-sub"> <FormattedMessage id="activity.purchase" values={{ buyer: buyer(entry.purchaseId) ?? '', purchaseId: entry.purchaseId, code }} /></span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}
