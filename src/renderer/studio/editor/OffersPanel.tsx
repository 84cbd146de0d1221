import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { Offer, OfferKind, Show } from '../../../shared/offers';
import { Notice } from '../../components/Notice';
import { useStudio } from '../../hooks/use-studio';
import { offersOf } from '../../lib/studio-selectors';
import { Panel } from '../common/Panel';
import { OfferEditor } from './OfferEditor';
import { OfferRow } from './OfferRow';

type Editing = { mode: 'new'; kind: OfferKind } | { mode: 'edit'; offerId: string } | null;
const KINDS: OfferKind[] = ['tip', 'gift', 'merch', 'hotseat'];

/** The show's offers in store order, with add / edit / activate. */
export function OffersPanel({ show }: { show: Show }) {
  const intl = useIntl();
  const { snapshot } = useStudio();
  const offers = offersOf(snapshot, show.id);
  const [editing, setEditing] = useState<Editing>(null);
  const editedOffer: Offer | undefined = editing?.mode === 'edit' ? offers.find((offer) => offer.id === editing.offerId) : undefined;

  return (
    <Panel
      title={intl.formatMessage({ id: 'editor.offers.title' })}
      count={offers.length}
      actions={
        <div className="add-offer" role="group" aria-label={intl.formatMessage({ id: 'editor.offers.add' })}>
          <span className="add-offer-label">{intl.formatMessage({ id: 'editor.offers.addLabel' })}</span>
          {KINDS.map((kind) => (
            <button key={kind} type="button" className="button button-small" onClick={() => setEditing({ mode: 'new', kind })}>
              {intl.formatMessage({ id: 'common.kind' }, { kind })}
            </button>
          ))}
        </div>
      }
    >
      {editing?.mode === 'new' ? (
        <OfferEditor key={`new-${editing.kind}`} show={show} kind={editing.kind} offer={null} onDone={() => setEditing(null)} />
      ) : null}
      {offers.length === 0 && editing === null ? (
        <Notice kind="empty" title={intl.formatMessage({ id: 'editor.offers.empty.title' })}>
          {intl.formatMessage({ id: 'editor.offers.empty.body' })}
        </Notice>
      ) : (
        <ul className="offer-list">
          {offers.map((offer) =>
            editedOffer?.id === offer.id ? (
              <li key={offer.id} className="offer-list-editing">
                <OfferEditor show={show} kind={offer.kind} offer={offer} onDone={() => setEditing(null)} />
              </li>
            ) : (
              <OfferRow key={offer.id} offer={offer} currency={show.currency} onEdit={() => setEditing({ mode: 'edit', offerId: offer.id })} />
            ),
          )}
        </ul>
      )}
    </Panel>
  );
}
