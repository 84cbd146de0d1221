import type { Offer, Show } from '../../../src/shared/offers';
import type { NewPurchase } from '../../../src/main/core/store/purchases-repo';
import { newId } from '../../../src/main/core/store/ids';

export const T0 = '2030-01-01T10:00:00.000Z';

export function aShow(overrides: Partial<Show> = {}): Show {
  const id = newId('shw');
  return {
    id,
    title: 'Friday Q&A',
    slug: `friday-${id.slice(4, 12).toLowerCase()}`,
    currency: 'usd',
    status: 'draft',
    createdAt: T0,
    startedAt: null,
    endedAt: null,
    language: 'en',
    ...overrides,
  };
}

export function aMerchOffer(showId: string, overrides: Partial<Extract<Offer, { kind: 'merch' }>> = {}): Offer {
  return {
    id: newId('off'),
    showId,
    kind: 'merch',
    title: 'Tour shirt',
    description: 'Soft cotton',
    price: 2500,
    variants: [
      { id: 'S', label: 'Small', stock: 3 },
      { id: 'M', label: 'Medium', stock: 2 },
    ],
    shippingCountries: ['US', 'CA'],
    active: true,
    sortOrder: 0,
    ...overrides,
  };
}

export function aHotSeatOffer(showId: string): Offer {
  return {
    id: newId('off'),
    showId,
    kind: 'hotseat',
    title: 'Ask me anything',
    description: '',
    format: 'qa',
    price: 2000,
    minutes: 3,
    perShow: 5,
    perBuyer: 1,
    questionRequired: false,
    active: true,
    sortOrder: 1,
  };
}

export function aPurchase(
  offer: Offer,
  overrides: Partial<NewPurchase['purchase']> = {},
  buyerKey = 'buyer-key-0000000001',
): NewPurchase {
  const id = newId('pur');
  return {
    purchase: {
      id,
      showId: offer.showId,
      offerId: offer.id,
      offerTitle: offer.title,
      kind: offer.kind,
      format: offer.kind === 'hotseat' ? offer.format : null,
      status: 'pending_payment',
      payment: 'none',
      paymentActionPending: false,
      amount: offer.kind === 'tip' ? offer.minAmount : offer.price,
      currency: 'usd',
      quantity: 1,
      buyerName: 'Ada',
      buyerEmail: null,
      buyerLocale: 'en',
      message: null,
      messageStatus: 'none',
      question: null,
      variantId: offer.kind === 'merch' ? (offer.variants[0]?.id ?? null) : null,
      variantLabel: offer.kind === 'merch' ? (offer.variants[0]?.label ?? null) : null,
      shipping: null,
      shipment: null,
      dispute: null,
      version: 0,
      createdAt: T0,
      updatedAt: T0,
      paidAt: null,
      decidedAt: null,
      decidedBy: null,
      ...overrides,
    },
    buyerKey,
    checkoutSessionId: null,
    paymentIntentId: null,
    checkoutUrl: null,
    messageModeratedBy: null,
    chargeId: null,
    receiptTokenHash: `hash-of-${id}`,
  };
}
