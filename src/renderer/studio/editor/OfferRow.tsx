import { useIntl, type IntlShape } from 'react-intl';
import { formatMoney } from '../../../shared/money';
import type { Offer } from '../../../shared/offers';
import { useCommand } from '../../hooks/use-command';
import { useStudio } from '../../hooks/use-studio';

/** One offer in the editor list: what it is, what it costs, whether viewers can see it. */
export function OfferRow({ offer, currency, onEdit }: { offer: Offer; currency: string; onEdit: () => void }) {
  const intl = useIntl();
  const { online } = useStudio();
  const setActive = useCommand('offer.setActive');
  return (
    <li className={`offer-row${offer.active ? '' : ' offer-row-inactive'}`}>
      <span className={`kind-badge kind-${offer.kind}`}>{intl.formatMessage({ id: 'common.kind' }, { kind: offer.kind })}</span>
      <div className="offer-row-body">
        <div className="cell-strong">{offer.title}</div>
        <div className="cell-sub">{summary(intl, offer, currency)}</div>
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
        <span>{intl.formatMessage({ id: offer.active ? 'editor.offer.active' : 'editor.offer.hidden' })}</span>
      </label>
      <button type="button" className="button button-small" onClick={onEdit}>
        {intl.formatMessage({ id: 'editor.offer.edit' })}
      </button>
    </li>
  );
}

function summary(intl: IntlShape, offer: Offer, currency: string): string {
  const money = (amount: number) => formatMoney(amount, currency, intl.locale);
  switch (offer.kind) {
    case 'tip':
      return intl.formatMessage(
        { id: 'editor.offer.summary.tip' },
        { min: money(offer.minAmount), max: money(offer.maxAmount), held: offer.holdMessagesForReview ? 'yes' : 'no' },
      );
    case 'gift':
      return intl.formatMessage({ id: 'editor.offer.summary.gift' }, { price: money(offer.price), animation: offer.animation });
    case 'merch': {
      const stock = offer.variants.reduce((sum, variant) => sum + variant.stock, 0);
      return intl.formatMessage(
        { id: 'editor.offer.summary.merch' },
        { price: money(offer.price), variants: offer.variants.length, stock, countries: offer.shippingCountries.join(', ') },
      );
    }
    case 'hotseat':
      return intl.formatMessage(
        { id: 'editor.offer.summary.hotseat' },
        {
          price: money(offer.price),
          format: intl.formatMessage({ id: 'common.format' }, { format: offer.format }),
          minutes: offer.minutes,
          perShow: offer.perShow,
          perBuyer: offer.perBuyer,
        },
      );
  }
}
