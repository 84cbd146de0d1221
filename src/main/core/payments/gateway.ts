import type Stripe from 'stripe';
import { createTranslator, type Translate } from '../../../shared/i18n/messages';
import type { Offer, Show } from '../../../shared/offers';
import type { PaymentState, Purchase } from '../../../shared/purchases';
import { observeSession } from './observe';
import { settlementOf } from './settlement';
import type { Settlement } from '../../../shared/books';
import type { Observation } from '../queue/purchase-service';
import type { MoneyActionKind, PaymentRef } from './ledger';
import { classifyStripeError, type MoneyActionOutcome } from './stripe-errors';

/**
 * Every call Hotseat makes to Stripe, in one place. Each money-moving call carries an idempotency
 * key derived from our own ids, so a retry after a crash or a timeout can never move money twice.
 */
export const PURCHASE_METADATA_KEY = 'hotseat_purchase_id';

/** Stripe refuses an expires_at under 30 minutes; a little margin keeps clock skew harmless. */
const CHECKOUT_LIFETIME_SECONDS = 31 * 60;

export interface CheckoutUrls {
  successUrl: string;
  cancelUrl: string;
}


export interface MoneyActionRequest {
  kind: MoneyActionKind;
  idempotencyKey: string;
  purchase: PaymentRef;
}

export class StripeGateway {
  constructor(
    private readonly stripe: Stripe,
    private readonly now: () => number = Date.now,
  ) {}

  async createCheckoutSession(
    purchase: Purchase,
    offer: Offer,
    show: Show,
    urls: CheckoutUrls,
  ): Promise<{ sessionId: string; url: string }> {
    const metadata = { [PURCHASE_METADATA_KEY]: purchase.id, hotseat_show_id: show.id, hotseat_offer_id: offer.id };
    const productName = purchase.variantLabel ? `${offer.title} (${purchase.variantLabel})` : offer.title;
    const params: Stripe.Checkout.SessionCreateParams = {
      mode: 'payment',
      client_reference_id: purchase.id,
      // Checkout speaks the language of the store page the buyer came from.
      locale: purchase.buyerLocale,
      metadata,
      line_items: [
        {
          quantity: purchase.quantity,
          price_data: {
            currency: purchase.currency,
            unit_amount: purchase.amount / purchase.quantity,
            product_data: { name: productName, description: describe(offer, show, createTranslator(purchase.buyerLocale)) },
          },
        },
      ],
      payment_intent_data: {
        // A hot seat is only authorized at purchase; it is charged after the guest has been on air.
        capture_method: offer.kind === 'hotseat' ? 'manual' : 'automatic',
        metadata,
        description: `${show.title}: ${productName}`,
      },
      expires_at: Math.floor(this.now() / 1000) + CHECKOUT_LIFETIME_SECONDS,
      success_url: urls.successUrl,
      cancel_url: urls.cancelUrl,
    };
    if (offer.kind === 'merch') {
      params.shipping_address_collection = {
        allowed_countries: offer.shippingCountries,
      };
    }
    const session = await this.stripe.checkout.sessions.create(params, { idempotencyKey: `checkout-${purchase.id}` });
    if (!session.url) throw new Error('Stripe returned a checkout session without a URL');
    return { sessionId: session.id, url: session.url };
  }

  async retrieveSession(sessionId: string): Promise<Stripe.Checkout.Session> {
    return this.stripe.checkout.sessions.retrieve(sessionId, { expand: ['payment_intent.latest_charge.balance_transaction'] });
  }

  /** The current truth about a purchase's payment and what it moved, read from Stripe rather than from an event. */
  async observe(sessionId: string): Promise<Observation | null> {
    const session = await this.retrieveSession(sessionId);
    const observation = observeSession(session);
    if (!observation) return null;
    const settlement = await this.settlementOf(session);
    return settlement ? { ...observation, settlement } : observation;
  }

  /**
   * The balance transactions behind captured money. Refunds and disputes are listed only when the
   * charge says it has some, so the common purchase costs no extra call.
   */
  private async settlementOf(session: Stripe.Checkout.Session): Promise<Settlement | null> {
    const intent = typeof session.payment_intent === 'object' ? session.payment_intent : null;
    const charge = intent && typeof intent.latest_charge === 'object' ? intent.latest_charge : null;
    if (!intent || !charge?.captured) return null;
    // Capturing less than was authorized shows the released rest as refunded: only more than that is a refund.
    const refunded = charge.amount_refunded > charge.amount - charge.amount_captured;
    const [refunds, disputes] = await Promise.all([
      refunded ? this.stripe.refunds.list({ payment_intent: intent.id, limit: 100, expand: ['data.balance_transaction'] }) : null,
      charge.disputed ? this.stripe.disputes.list({ payment_intent: intent.id, limit: 10 }) : null,
    ]);
    return settlementOf({ charge, refunds: refunds?.data ?? [], disputes: disputes?.data ?? [] });
  }

  async execute(action: MoneyActionRequest): Promise<MoneyActionOutcome> {
    try {
      return { ok: true, payment: await this.perform(action) };
    } catch (error) {
      return this.recover(action, error);
    }
  }

  private async perform(action: MoneyActionRequest): Promise<PaymentState> {
    const options = { idempotencyKey: action.idempotencyKey };
    if (action.kind === 'expire_checkout') {
      const sessionId = action.purchase.stripeSessionId;
      if (!sessionId) return 'none';
      await this.stripe.checkout.sessions.expire(sessionId, {}, options);
      return 'none';
    }
    const intentId = await this.intentIdOf(action);
    if (!intentId) throw new Error(`purchase ${action.purchase.purchaseId} has no payment to ${action.kind}`);
    switch (action.kind) {
      case 'cancel':
        await this.stripe.paymentIntents.cancel(intentId, { cancellation_reason: 'abandoned' }, options);
        return 'canceled';
      case 'capture':
        await this.stripe.paymentIntents.capture(intentId, {}, options);
        return 'captured';
      case 'refund':
        await this.stripe.refunds.create({ payment_intent: intentId, reason: 'requested_by_customer' }, options);
        return 'refunded';
    }
  }

  /**
   * A refused call may still mean the goal is met (cancel of an already-cancelled intent, a session
   * that completed just before we expired it). Re-read the object and decide from its real state.
   */
  private async recover(action: MoneyActionRequest, error: unknown): Promise<MoneyActionOutcome> {
    const failure = classifyStripeError(error);
    if (failure.retryable) return failure;
    try {
      if (action.kind === 'expire_checkout') {
        const sessionId = action.purchase.stripeSessionId;
        const session = sessionId ? await this.retrieveSession(sessionId) : null;
        if (session && session.status !== 'open') return { ok: true, payment: 'none', observed: observeSession(session) };
        return failure;
      }
      const intentId = await this.intentIdOf(action);
      if (!intentId) return failure;
      const intent = await this.stripe.paymentIntents.retrieve(intentId, { expand: ['latest_charge'] });
      const state = paymentStateOf(intent);
      const goal: Record<Exclude<MoneyActionKind, 'expire_checkout'>, PaymentState> = {
        cancel: 'canceled',
        capture: 'captured',
        refund: 'refunded',
      };
      if (state === goal[action.kind]) return { ok: true, payment: state };
      return { ...failure, message: `${failure.message} (payment is now ${state})` };
    } catch (readError) {
      return classifyStripeError(readError);
    }
  }

  private async intentIdOf(action: MoneyActionRequest): Promise<string | null> {
    if (action.purchase.stripePaymentIntentId) return action.purchase.stripePaymentIntentId;
    if (!action.purchase.stripeSessionId) return null;
    const session = await this.retrieveSession(action.purchase.stripeSessionId);
    const intent = session.payment_intent;
    return typeof intent === 'string' ? intent : (intent?.id ?? null);
  }
}

export function paymentStateOf(intent: Stripe.PaymentIntent): PaymentState {
  switch (intent.status) {
    case 'requires_capture':
      return 'authorized';
    case 'succeeded': {
      const charge = typeof intent.latest_charge === 'object' ? intent.latest_charge : null;
      return charge && charge.amount_refunded > 0 ? 'refunded' : 'captured';
    }
    case 'canceled':
      return 'canceled';
    default:
      return 'none';
  }
}

/** The line item's description on Checkout, in the buyer's language (the store page's). */
function describe(offer: Offer, show: Show, t: Translate): string {
  switch (offer.kind) {
    case 'hotseat':
      return t('checkout.line.hotseat', { minutes: offer.minutes, format: offer.format, show: show.title });
    case 'tip':
      return t('checkout.line.tip', { show: show.title });
    case 'gift':
      return t('checkout.line.gift', { show: show.title });
    case 'merch':
      return offer.description || t('checkout.line.merch', { show: show.title });
  }
}
