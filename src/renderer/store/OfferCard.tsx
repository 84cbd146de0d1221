import { useEffect, useRef } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import type { StoreOffer } from '../../shared/store-api';
import { useFormat } from '../i18n/use-format';
import { OrderForm } from './OrderForm';
import { stockLevel } from './stock-level';

export interface OfferCardProps {
  offer: StoreOffer;
  currency: string;
  open: boolean;
  onOpen: () => void;
  onClose: () => void;
  /** The server said something changed (sold out, limit reached): refresh the offers. */
  onStale: () => void;
}

/** One thing a viewer can buy: price, what is left, and its order form once opened. */
export function OfferCard({ offer, currency, open, onOpen, onClose, onStale }: OfferCardProps) {
  const intl = useIntl();
  const { money } = useFormat();
  const soldOut = isSoldOut(offer);
  const price = offer.kind === 'tip' ? intl.formatMessage({ id: 'store.offer.priceFrom' }, { amount: money(offer.minAmount, currency) }) : money(offer.price, currency);
  const headingId = `offer-${offer.id}`;
  const cta = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    // Closing the form puts the keyboard back where it was, on this card's button.
    if (wasOpen.current && !open) cta.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return (
    <li className={`offer-card offer-card-${offer.kind}${soldOut ? ' offer-card-sold-out' : ''}`} aria-labelledby={headingId}>
      <div className="offer-card-head">
        <div className="offer-card-titles">
          <span className="offer-card-kind">{kindLine(intl, offer)}</span>
          <h2 id={headingId}>{offer.title}</h2>
        </div>
        <div className="offer-card-price">{price}</div>
      </div>
      {offer.description ? <p className="offer-card-description">{offer.description}</p> : null}
      <Availability offer={offer} />
      {open ? (
        <OrderForm offer={offer} currency={currency} onCancel={onClose} onStale={onStale} />
      ) : (
        <button ref={cta} type="button" className="button button-primary offer-card-cta" disabled={soldOut} onClick={onOpen} aria-describedby={headingId}>
          {soldOut ? intl.formatMessage({ id: 'store.offer.soldOut' }) : intl.formatMessage({ id: 'store.offer.cta' }, { kind: offer.kind })}
        </button>
      )}
    </li>
  );
}

function Availability({ offer }: { offer: StoreOffer }) {
  const intl = useIntl();
  if (offer.kind === 'hotseat') {
    const text = intl.formatMessage({ id: 'store.offer.seatsLeft' }, { count: Math.max(0, offer.remaining) });
    return <p className={`availability${offer.remaining <= 2 ? ' availability-low' : ''}`}>{text}</p>;
  }
  if (offer.kind === 'merch') {
    return (
      <ul className="variant-stock" aria-label={intl.formatMessage({ id: 'store.offer.stock' })}>
        {offer.variants.map((variant) => (
          <li key={variant.id} className={variant.available <= 0 ? 'variant-sold-out' : variant.available <= 3 ? 'variant-low' : undefined}>
            {intl.formatMessage({ id: 'store.offer.variantStock' }, { label: variant.label, ...stockLevel(variant.available) })}
          </li>
        ))}
      </ul>
    );
  }
  return null;
}

export function isSoldOut(offer: StoreOffer): boolean {
  if (offer.kind === 'hotseat') return offer.remaining <= 0;
  if (offer.kind === 'merch') return offer.variants.every((variant) => variant.available <= 0);
  return false;
}

function kindLine(intl: IntlShape, offer: StoreOffer): string {
  switch (offer.kind) {
    case 'tip':
      return intl.formatMessage({ id: 'store.offer.kind.tip' });
    case 'gift':
      return intl.formatMessage({ id: 'store.offer.kind.gift' });
    case 'merch':
      return intl.formatMessage({ id: 'store.offer.kind.merch' });
    case 'hotseat':
      return intl.formatMessage(
        { id: 'store.offer.kind.hotseat' },
        { format: intl.formatMessage({ id: 'common.format' }, { format: offer.format }), minutes: offer.minutes },
      );
  }
}
