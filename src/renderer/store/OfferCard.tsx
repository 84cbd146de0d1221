import { useEffect, useRef } from 'react';
import type { StoreOffer } from '../../shared/store-api';
import { formatLabels, formatMoney } from '../lib/format';
import { OrderForm } from './OrderForm';

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
  const soldOut = isSoldOut(offer);
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
          <span className="offer-card-kind">{kindLine(offer)}</span>
          <h2 id={headingId}>{offer.title}</h2>
        </div>
        <div className="offer-card-price">{priceText(offer, currency)}</div>
      </div>
      {offer.description ? <p className="offer-card-description">{offer.description}</p> : null}
      <Availability offer={offer} />
      {open ? (
        <OrderForm offer={offer} currency={currency} onCancel={onClose} onStale={onStale} />
      ) : (
        <button ref={cta} type="button" className="button button-primary offer-card-cta" disabled={soldOut} onClick={onOpen} aria-describedby={headingId}>
          {soldOut ? 'Sold out' : ctaText(offer)}
        </button>
      )}
    </li>
  );
}

function Availability({ offer }: { offer: StoreOffer }) {
  if (offer.kind === 'hotseat') {
    const text = offer.remaining <= 0 ? 'All seats taken' : offer.remaining === 1 ? 'Last seat!' : `${offer.remaining} seats left`;
    return <p className={`availability${offer.remaining <= 2 ? ' availability-low' : ''}`}>{text}</p>;
  }
  if (offer.kind === 'merch') {
    return (
      <ul className="variant-stock" aria-label="Stock">
        {offer.variants.map((variant) => (
          <li key={variant.id} className={variant.available <= 0 ? 'variant-sold-out' : variant.available <= 3 ? 'variant-low' : undefined}>
            {variant.label}: {variant.available <= 0 ? 'sold out' : variant.available <= 3 ? `only ${variant.available} left` : 'in stock'}
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

function priceText(offer: StoreOffer, currency: string): string {
  return offer.kind === 'tip' ? `from ${formatMoney(offer.minAmount, currency)}` : formatMoney(offer.price, currency);
}

function kindLine(offer: StoreOffer): string {
  switch (offer.kind) {
    case 'tip':
      return 'Tip';
    case 'gift':
      return 'Gift · plays on stream';
    case 'merch':
      return 'Merch · shipped to you';
    case 'hotseat':
      return `Hot seat · ${formatLabels[offer.format]} · ${offer.minutes} min on air`;
  }
}

function ctaText(offer: StoreOffer): string {
  switch (offer.kind) {
    case 'tip':
      return 'Send a tip';
    case 'gift':
      return 'Send this gift';
    case 'merch':
      return 'Order';
    case 'hotseat':
      return 'Request a seat';
  }
}
