import type Stripe from 'stripe';
import type { ShippingAddress } from '../../../shared/purchases';
import type { Observation } from '../queue/purchase-service';
import type { ObservationType } from '../queue/transition';

/**
 * Turns the current state of a Checkout Session (with its PaymentIntent expanded) into the one
 * fact the queue cares about. Ingest always re-reads the object, so duplicate or out-of-order
 * events all lead here and agree.
 */

export function observeSession(session: Stripe.Checkout.Session): Observation | null {
  if (session.status === 'expired') return { type: 'checkout_expired' };
  if (session.status !== 'complete') return null;
  const intent = typeof session.payment_intent === 'object' ? session.payment_intent : null;
  if (!intent) return null;
  const base = {
    paymentIntentId: intent.id,
    buyerEmail: session.customer_details?.email ?? null,
    shipping: shippingOf(session),
  };
  const observed = observeIntent(intent);
  return observed ? { ...base, type: observed } : null;
}

export function observeIntent(intent: Stripe.PaymentIntent): ObservationType | null {
  switch (intent.status) {
    case 'requires_capture':
      return 'payment_authorized';
    case 'succeeded': {
      const charge = typeof intent.latest_charge === 'object' ? intent.latest_charge : null;
      return charge && charge.amount_refunded > 0 ? 'refund_observed' : 'payment_captured';
    }
    case 'canceled':
      return 'authorization_canceled';
    case 'requires_payment_method':
      return 'payment_failed';
    default:
      return null;
  }
}

function shippingOf(session: Stripe.Checkout.Session): ShippingAddress | null {
  const details = session.collected_information?.shipping_details;
  const address = details?.address;
  if (!details || !address) return null;
  return {
    name: details.name,
    line1: address.line1 ?? '',
    line2: address.line2 ?? null,
    city: address.city ?? '',
    state: address.state ?? null,
    postalCode: address.postal_code ?? '',
    country: address.country ?? '',
  };
}
