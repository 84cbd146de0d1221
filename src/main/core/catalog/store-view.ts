import type { Offer, Show } from '../../../shared/offers';
import type { StoreOffer, StoreView } from '../../../shared/store-api';
import type { HeldUnits } from '../store/purchases-repo';
import { hotSeatsRemaining, variantsAvailable } from './availability';

/** The public face of a live show: active offers only, with what is left of each. */
export function toStoreView(show: Show, offers: readonly Offer[], held: readonly HeldUnits[]): StoreView {
  return {
    show: { id: show.id, title: show.title, slug: show.slug, currency: show.currency, status: show.status },
    offers: offers.filter((o) => o.active).map((offer) => toStoreOffer(offer, held)),
  };
}

function toStoreOffer(offer: Offer, held: readonly HeldUnits[]): StoreOffer {
  const common = { id: offer.id, title: offer.title, description: offer.description };
  switch (offer.kind) {
    case 'tip':
      return { ...common, kind: 'tip', minAmount: offer.minAmount, maxAmount: offer.maxAmount, messageMaxLength: offer.messageMaxLength };
    case 'gift':
      return { ...common, kind: 'gift', price: offer.price, animation: offer.animation, messageMaxLength: offer.messageMaxLength };
    case 'merch':
      return {
        ...common,
        kind: 'merch',
        price: offer.price,
        variants: variantsAvailable(offer, held).map(({ id, label, available }) => ({ id, label, available })),
        shippingCountries: offer.shippingCountries,
      };
    case 'hotseat':
      return {
        ...common,
        kind: 'hotseat',
        format: offer.format,
        price: offer.price,
        minutes: offer.minutes,
        remaining: hotSeatsRemaining(offer, held),
        perBuyer: offer.perBuyer,
        questionRequired: offer.questionRequired,
      };
  }
}
