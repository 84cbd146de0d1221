import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { Show } from '../../../shared/offers';
import { Notice } from '../../components/Notice';
import { useStudio } from '../../hooks/use-studio';
import { Panel } from '../common/Panel';
import { ShowStatusChip } from '../header/ShowStatusChip';
import { OffersPanel } from './OffersPanel';
import { ShowForm } from './ShowForm';

/** Shows and their offers: create a show, edit it, and set up what viewers can buy. */
export function ShowEditor({ show, onSelectShow }: { show: Show | null; onSelectShow: (showId: string) => void }) {
  const intl = useIntl();
  const { snapshot } = useStudio();
  const [creating, setCreating] = useState(snapshot.shows.length === 0);

  return (
    <div className="editor-grid">
      <Panel
        title={intl.formatMessage({ id: 'editor.shows.title' })}
        count={snapshot.shows.length}
        actions={
          <button type="button" className="button button-small" onClick={() => setCreating(true)}>
            {intl.formatMessage({ id: 'editor.shows.new' })}
          </button>
        }
      >
        {snapshot.shows.length === 0 ? (
          <Notice kind="empty" title={intl.formatMessage({ id: 'editor.shows.empty.title' })}>
            {intl.formatMessage({ id: 'editor.shows.empty.body' })}
          </Notice>
        ) : (
          <ul className="show-list">
            {snapshot.shows.map((candidate) => (
              <li key={candidate.id}>
                <button
                  type="button"
                  className="show-list-item"
                  aria-current={!creating && candidate.id === show?.id}
                  onClick={() => {
                    setCreating(false);
                    onSelectShow(candidate.id);
                  }}
                >
                  <span className="show-list-title">{candidate.title}</span>
                  <span className="show-list-meta">
                    <ShowStatusChip status={candidate.status} /> {intl.formatMessage({ id: 'editor.shows.meta' }, { slug: candidate.slug, currency: candidate.currency.toUpperCase() })}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </Panel>
      <div className="editor-main">
        {creating || !show ? (
          <Panel title={intl.formatMessage({ id: 'editor.shows.new' })}>
            <ShowForm
              key="new"
              show={null}
              onSaved={(created) => {
                setCreating(false);
                onSelectShow(created.id);
              }}
              onCancel={snapshot.shows.length > 0 ? () => setCreating(false) : undefined}
            />
          </Panel>
        ) : (
          <>
            <Panel title={intl.formatMessage({ id: 'editor.shows.details' })}>
              <ShowForm key={show.id} show={show} />
            </Panel>
            <OffersPanel key={`offers-${show.id}`} show={show} />
          </>
        )}
      </div>
    </div>
  );
}
