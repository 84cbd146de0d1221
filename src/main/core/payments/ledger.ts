import type { PurchaseService } from '../queue/purchase-service';

/**
 * What the payments edge needs from the local purchase records: a narrow slice of the purchase
 * service, so ingest, polling and the money worker can be read (and tested) on their own.
 */
export type PurchaseLedger = Pick<
  PurchaseService,
  | 'findPaymentRef'
  | 'applyObservation'
  | 'openCheckoutSessions'
  | 'pendingMoneyActions'
  | 'completeMoneyAction'
  | 'failMoneyAction'
  | 'paymentCursor'
  | 'setPaymentCursor'
>;

export type { PaymentRef, MoneyAction, MoneyActionKind } from '../queue/purchase-service';
