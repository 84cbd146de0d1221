import type { Offer } from '../../../shared/offers';
import { useCommand } from '../../hooks/use-command';
import { useStudio } from '../../hooks/use-studio';
import { formatLabels, formatMoney, kindLabels, pluralize } from '../../lib/format';

/** One offer in the editor list: what it is, what it costs, whether viewers can see it. */
export function OfferRow({ offer, currency, onEdit }: { offer: Offer; currency: string; onEdit: () => void }) {
  const { online } = useStudio();
  const setActive = useCommand('offer.setActive');
  return (
    <li className={`offer-row${offer.active ? '' : ' offer-row-inactive'}`}>
      <span className={`kind-badge kind-${offer.kind}`}>{kindLabels[offer.kind]}</span>
      <div className="offer-row-body">
        <div className="cell-strong">{offer.title}</div>
        <div className="cell-sub">{summary(offer, currency)}</div>
        {setActive.error ? (
          <p className="inline-error" role="alert">
            {setActive.error.message}
          </p>
        ) : null}
      </div>
      <label className="switch">
        <input
          type="checkbox"
          checked={offer.active}
          disabled={!online || setActive.pending}
          onChange={(event) => void setActive.run({ offerId: offer.id, active: event.target.checked })}
        />
        <span>{offer.active ? 'Active' : 'Hidden'}</span>
      </label>
      <button type="button" className="button button-small" onClick={onEdit}>
        Edit
      </button>
    </li>
  );
}

function summary(offer: Offer, currency: string): string {
  const money = (amount: number) => formatMoney(amount, currency);
  switch (offer.kind) {
    case 'tip':
      return `${money(offer.minAmount)} – ${money(offer.maxAmount)} · messages ${offer.holdMessagesForReview ? 'held for review' : 'shown at once'}`;
    case 'gift':
      return `${money(offer.price)} · ${offer.animation} animation`;
    case 'merch': {
      const stock = offer.variants.reduce((sum, variant) => sum + variant.stock, 0);
      return `${money(offer.price)} · ${pluralize(offer.variants.length, 'variant')} · ${stock} in stock · ships to ${offer.shippingCountries.join(', ')}`;
    }
    case 'hotseat':
      return `${money(offer.price)} · ${formatLabels[offer.format]} · ${offer.minutes} min · ${offer.perShow} per show, ${offer.perBuyer} per buyer`;
  }
}
