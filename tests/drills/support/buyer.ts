import type { Rng } from './rng';
import type { DrillOffers } from './drill-show';

/**
 * One viewer buying through the real public API: `POST /api/checkout` on the studio, then the
 * hosted checkout page's form on the Stripe-compatible server, exactly what the browser posts.
 */
export type PayPlan = 'pay' | 'decline_then_pay' | 'decline' | 'abandon';
export type Kind = 'tip' | 'gift' | 'merch' | 'hotseat';

export type AttemptResult =
  /** The studio answered 201: a reservation with a payment page. */
  | { outcome: 'created'; kind: Kind; purchaseId: string; sessionId: string; paid: boolean; declines: number }
  /** A clear refusal (sold out, limit reached, show not live, rate limited...). */
  | { outcome: 'refused'; kind: Kind; status: number; code: string }
  /** No answer: the studio died mid-request; the viewer does not know what happened. */
  | { outcome: 'lost'; kind: Kind; reason: string }
  /** The studio was down before the request left: nothing happened, try again. */
  | { outcome: 'unreachable'; kind: Kind };

export const SUCCEEDING_CARD = '4242424242424242';
export const DECLINED_CARD = '4000000000000002';

export function planPurchase(rng: Rng, offers: DrillOffers): { kind: Kind; body: Record<string, unknown>; pay: PayPlan } {
  const kind = rng.weighted({ tip: 25, gift: 15, merch: 25, hotseat: 35 });
  const buyerKey = `drill${rng.int(0, 2 ** 30).toString(36)}${rng.int(0, 2 ** 30).toString(36)}`.padEnd(16, 'x');
  const buyerName = rng.pick(['Maya', 'Leo', 'Sam', 'Jo', 'Ana', 'Kofi', 'Ines', 'Yuki', 'Omar', 'Lena']);
  const pay = rng.weighted({ pay: 80, decline_then_pay: 8, decline: 6, abandon: 6 });
  const body: Record<string, unknown> = { buyerName, buyerKey };
  switch (kind) {
    case 'tip':
      Object.assign(body, { offerId: offers.tip, amount: rng.int(100, 5_000), ...(rng.chance(0.5) ? { message: 'Great show!' } : {}) });
      break;
    case 'gift':
      Object.assign(body, { offerId: offers.gift, ...(rng.chance(0.3) ? { message: 'For you' } : {}) });
      break;
    case 'merch':
      Object.assign(body, { offerId: offers.merch.id, variantId: rng.pick(offers.merch.variants).id });
      break;
    case 'hotseat': {
      const seat = rng.pick(offers.seats);
      Object.assign(body, { offerId: seat.id, ...(seat.questionRequired || rng.chance(0.5) ? { question: 'How do you prepare?' } : {}) });
      break;
    }
  }
  return { kind, body, pay };
}

export async function attemptPurchase(studioBase: string, plan: { kind: Kind; body: Record<string, unknown>; pay: PayPlan }): Promise<AttemptResult> {
  const { kind } = plan;
  let response: Response;
  try {
    response = await fetch(`${studioBase}/api/checkout`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(plan.body),
      // Longer than the studio's own Stripe timeout (15 s) plus its retries: a slow Stripe is not a lost answer.
      signal: AbortSignal.timeout(60_000),
    });
  } catch (error) {
    if (errorCode(error) === 'ECONNREFUSED') return { outcome: 'unreachable', kind };
    return { outcome: 'lost', kind, reason: errorCode(error) ?? String(error) };
  }
  let json: { purchaseId?: string; checkoutUrl?: string; error?: { code: string } };
  try {
    json = (await response.json()) as typeof json;
  } catch (error) {
    return { outcome: 'lost', kind, reason: `unreadable answer: ${String(error)}` };
  }
  if (response.status !== 201 || !json.purchaseId || !json.checkoutUrl) {
    return { outcome: 'refused', kind, status: response.status, code: json.error?.code ?? 'none' };
  }
  const sessionId = new URL(json.checkoutUrl).pathname.split('/').pop() ?? '';
  let declines = 0;
  let paid = false;
  if (plan.pay === 'decline' || plan.pay === 'decline_then_pay') {
    const declined = await payCheckout(json.checkoutUrl, DECLINED_CARD, kind === 'merch');
    if (declined !== 'declined') throw new Error(`a declined card was not declined: ${declined}`);
    declines += 1;
  }
  if (plan.pay === 'pay' || plan.pay === 'decline_then_pay') {
    const outcome = await payCheckout(json.checkoutUrl, SUCCEEDING_CARD, kind === 'merch');
    if (outcome !== 'paid') throw new Error(`payment for ${json.purchaseId} failed: ${outcome}`);
    paid = true;
  }
  return { outcome: 'created', kind, purchaseId: json.purchaseId, sessionId, paid, declines };
}

/** Posts the hosted checkout page's form (what the browser sends when the viewer clicks Pay). */
export async function payCheckout(checkoutUrl: string, card: string, shipping: boolean): Promise<'paid' | 'declined' | `HTTP ${number}`> {
  const url = new URL(checkoutUrl);
  const form = new URLSearchParams({
    email: 'viewer@example.com',
    card_number: card,
    card_expiry: '12 / 34',
    card_cvc: '123',
    card_name: 'Drill Viewer',
    ...(shipping
      ? { shipping_name: 'Jo Doe', shipping_line1: '1 High Street', shipping_city: 'London', shipping_postal_code: 'N1 1AA', shipping_country: 'GB' }
      : {}),
  });
  const response = await fetch(`${url.origin}${url.pathname}/pay`, { method: 'POST', body: form, redirect: 'manual', signal: AbortSignal.timeout(15_000) });
  await response.arrayBuffer();
  if (response.status === 303) return 'paid';
  if (response.status === 402) return 'declined';
  return `HTTP ${response.status}`;
}

export function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
