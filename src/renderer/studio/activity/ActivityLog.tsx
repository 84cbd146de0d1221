import { useState } from 'react';
import { Notice } from '../../components/Notice';
import { useStudio } from '../../hooks/use-studio';
import { formatDateTime } from '../../lib/format';
import { Panel } from '../common/Panel';
import './activity.css';

/** Who did what and when: every decision and money action, newest first. */
export function ActivityLog() {
  const { snapshot } = useStudio();
  const [who, setWho] = useState('');
  const buyer = (purchaseId: string | null) => (purchaseId ? snapshot.purchases.find((p) => p.id === purchaseId)?.buyerName : undefined);
  // Who did what: the host, each moderator by name, Stripe, checkout, buyers.
  const actors = [...new Set(snapshot.audit.map((entry) => entry.actor))].sort();
  const entries = who ? snapshot.audit.filter((entry) => entry.actor === who) : snapshot.audit;
  const filter =
    actors.length > 1 ? (
      <label className="activity-filter">
        Who{' '}
        <select value={who} onChange={(event) => setWho(event.target.value)}>
          <option value="">Everyone</option>
          {actors.map((actor) => (
            <option key={actor} value={actor}>
              {actor}
            </option>
          ))}
        </select>
      </label>
    ) : null;
  return (
    <Panel title="Activity" count={entries.length} actions={filter}>
      {entries.length === 0 ? (
        <Notice kind="empty" title="Nothing has happened yet">
          Decisions, refunds and setting changes are recorded here.
        </Notice>
      ) : (
        <div className="table-wrap">
          <table className="table table-dense">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td className="nowrap">
                    <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                  </td>
                  <td>{entry.actor}</td>
                  <td>
                    <code>{entry.action}</code>
                  </td>
                  <td>
                    {entry.detail}
                    {entry.purchaseId ? (
                      <span className="cell-sub">
                        {' '}
                        · {buyer(entry.purchaseId) ?? ''} <code>{entry.purchaseId}</code>
                      </span>
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
