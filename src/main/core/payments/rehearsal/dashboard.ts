import type Stripe from 'stripe';
import { immediate, type Db } from './db';
import { newId } from './ids';
import type { DisputeReason } from './objects/dispute';
import { idOf, loadCharge, loadPaymentIntent, type OperationContext } from './operations/context';
import { openDispute } from './operations/disputes';
import { createRefund } from './operations/refunds';

/** Which purchase a dashboard action is about: its PaymentIntent or its charge, exactly one. */
export interface PaymentRef {
  paymentIntent?: string;
  charge?: string;
}

export interface DashboardRefund extends PaymentRef {
  /** Minor units; everything still refundable by default. */
  amount?: number;
  reason?: Stripe.Refund.Reason;
}

export interface DashboardDispute extends PaymentRef {
  /** `fraudulent` for a chargeback, `general` for an inquiry, by default. */
  reason?: DisputeReason;
  /** An inquiry (no money moves until it escalates) instead of a chargeback. */
  inquiry?: boolean;
}

/**
 * What happens to a purchase outside Hotseat's own API calls: the creator refunding in the Stripe
 * dashboard, the buyer's bank disputing. Each runs in one transaction with its events.
 */
export interface Dashboard {
  refund(input: DashboardRefund): Promise<Stripe.Refund>;
  dispute(input: DashboardDispute): Promise<Stripe.Dispute>;
}

export function createDashboard(db: Db, background: Omit<OperationContext, 'request'>, sweep: () => void): Dashboard {
  const run = <T>(action: (ctx: OperationContext) => T): Promise<T> =>
    Promise.resolve().then(() => {
      sweep();
      // Stripe's dashboard actions are requests of their own: a req_ id, never an idempotency key.
      const ctx: OperationContext = { ...background, request: { id: newId('req'), idempotency_key: null } };
      return immediate(db, () => action(ctx));
    });
  return {
    refund: (input) =>
      run((ctx) => {
        const ref = paymentRef(input);
        if (input.amount !== undefined && (!Number.isSafeInteger(input.amount) || input.amount < 1)) {
          throw new Error(`dashboard refund: amount must be a positive whole number of minor units, got ${input.amount}`);
        }
        return createRefund(ctx, { ...ref, amount: input.amount, reason: input.reason ?? null, metadata: {} });
      }),
    dispute: (input) =>
      run((ctx) => {
        const ref = paymentRef(input);
        const inquiry = input.inquiry ?? false;
        return openDispute(ctx, chargeOf(ctx, ref), { reason: input.reason ?? (inquiry ? 'general' : 'fraudulent'), inquiry });
      }),
  };
}

function paymentRef(input: PaymentRef): PaymentRef {
  if (Boolean(input.paymentIntent) === Boolean(input.charge)) {
    throw new Error('dashboard action: pass exactly one of paymentIntent or charge');
  }
  return input.charge ? { charge: input.charge } : { paymentIntent: input.paymentIntent };
}

function chargeOf(ctx: OperationContext, ref: PaymentRef): Stripe.Charge {
  if (ref.charge) return loadCharge(ctx, ref.charge);
  const intent = loadPaymentIntent(ctx, ref.paymentIntent ?? '', 'payment_intent');
  const chargeId = idOf(intent.latest_charge);
  if (!chargeId) throw new Error(`PaymentIntent ${intent.id} has no charge to dispute`);
  return loadCharge(ctx, chargeId);
}
