/**
 * Refusals of purchases and payments: the store's checkout (worded for the buyer), the receipt
 * link, and the studio's decisions on seats, messages, refunds and shipping. `standing` is where a
 * purchase stands (describe-purchase.ts `standingValues`), `who`/`by` who decided, if known.
 */
export const errorsPurchases = {
  // The store's checkout, read by the buyer.
  'error.purchases.noLiveShow': 'No show is live right now',
  'error.purchases.noShowHere': 'There is no show at this address',
  'error.purchases.showNotLive': '‘{show}’ is not live right now',
  'error.purchases.offerNotInShow': 'This offer is not part of ‘{show}’',
  'error.purchases.offerUnavailable': '‘{offer}’ is not available right now',
  'error.purchases.buyerBlocked': 'The host’s team has blocked purchases from you for ‘{show}’. Nothing was charged.',
  'error.purchases.variantSoldOut': '{variant} is sold out',
  'error.purchases.variantFewLeft': 'Only {left} left in {variant}',
  'error.purchases.hotSeatsTaken': '{total, plural, one {The only hot seat of ‘{offer}’ is taken} other {All # hot seats of ‘{offer}’ are taken}}',
  'error.purchases.seatsPerBuyer': 'You can hold {limit, plural, one {one hot seat} other {# hot seats}} of ‘{offer}’ at a time, and you already do',
  'error.purchases.openCheckouts':
    'You already have {open, plural, one {a checkout} other {# checkouts}} open for ‘{offer}’. Finish or cancel your open checkout first (an unpaid one closes by itself after 30 minutes).',
  'error.purchases.priceFixed': 'The price of ‘{offer}’ is set by the creator; do not send an amount',
  'error.purchases.questionOnlyHotSeats': 'Only hot seats take a question',
  'error.purchases.messageOnlyTipsGifts': 'Only tips and gifts carry a message',
  'error.purchases.noVariants': '‘{offer}’ has no sizes or variants to choose',
  'error.purchases.tipAmountMissing': 'Choose an amount to tip',
  'error.purchases.tipMin': 'The minimum tip is {amount}',
  'error.purchases.tipMax': 'The maximum tip is {amount}',
  'error.purchases.variantMissing': 'Choose a size or variant',
  'error.purchases.unknownVariant': '‘{offer}’ has no variant “{variant}”',
  'error.purchases.questionMissing': 'Write the question you want to ask on air',
  'error.purchases.messageNotTaken': 'This offer does not take a message',
  'error.purchases.messageTooLong': 'Messages can be at most {limit, plural, one {# character} other {# characters}} (yours has {length})',
  'error.purchases.reservationClosed':
    'This reservation is {standing, select, pending_payment {waiting for payment} pending_review {waiting for review} accepted {accepted} acceptedBy {accepted by {by}} rejected {rejected} rejectedBy {rejected by {by}} paid {paid} refunded {refunded} refundedBy {refunded by {by}} expired {expired} cancelled {cancelled} on_air {on air} completed {completed} no_show {a no-show} other {{standing}}}; nothing was charged. Please start again.',
  'error.purchases.checkoutFailed': 'The payment page could not be opened. You have not been charged; please try again in a moment.',
  'field.purchase.setByCreator': 'is set by the creator',
  'field.purchase.onlyHotSeats': 'is only for hot seats',
  'field.purchase.onlyTipsAndGifts': 'is only for tips and gifts',
  'field.purchase.onlyMerch': 'is only for merch',
  'field.purchase.atLeastAmount': 'must be at least {amount}',
  'field.purchase.atMostAmount': 'must be at most {amount}',
  'field.purchase.notAVariant': 'is not one of this item',
  'field.purchase.notTakenHere': 'is not taken here',

  // The receipt link.
  'error.purchases.receiptNotFound': 'This receipt link is not valid. Open the full link from your confirmation.',
  'error.purchases.receiptLinkIncomplete': 'This receipt link is incomplete. Open the full link from your confirmation.',

  // The studio: seats, messages, refunds, shipping.
  'error.purchases.notFound': '{noun, select, seat {This hot seat} other {This purchase}} does not exist (any more)',
  'error.purchases.changedSinceLooked':
    '{noun, select, seat {This seat} message {This message} other {This purchase}} changed since you looked (now {standing, select, pending_payment {waiting for payment} pending_review {waiting for review} accepted {accepted} acceptedBy {accepted by {by}} rejected {rejected} rejectedBy {rejected by {by}} paid {paid} refunded {refunded} refundedBy {refunded by {by}} expired {expired} cancelled {cancelled} on_air {on air} completed {completed} no_show {a no-show} other {{standing}}})',
  'error.purchases.seatAlreadyDecided':
    'This hot seat was already {standing, select, pending_payment {waiting for payment} pending_review {waiting for review} accepted {accepted} acceptedBy {accepted by {by}} rejected {rejected} rejectedBy {rejected by {by}} paid {paid} refunded {refunded} refundedBy {refunded by {by}} expired {expired} cancelled {cancelled} on_air {on air} completed {completed} no_show {a no-show} other {{standing}}}',
  'error.purchases.onlyHotSeatsDecided': 'Only hot seats are accepted or rejected',
  'error.purchases.onlyHotSeatsOnAir': 'Only hot seats go on air',
  'error.purchases.hotSeatNotRefunded': "Hot seats are not refunded: reject the seat to release the buyer's hold",
  'error.purchases.hotSeatChargedAfterAir': "Hot seats are charged only after the guest has been on air: reject the seat to release the buyer's hold",
  'error.purchases.giftNotRefunded': 'Gifts are not refunded from the studio: the gift has already played on stream. Refund it in your Stripe dashboard if you must.',
  'error.purchases.noMessage': 'This purchase has no message',
  'error.purchases.messageNotPaid': 'This message is not paid for yet',
  'error.purchases.messageAlreadyModerated':
    'This message was already {decision, select, approved {approved} other {rejected}} by {who, select, named {{by}} other {someone else}}',
  'error.purchases.seatNotOnAirYet': 'This guest has not been on air yet',
  'error.purchases.seatNotPaid': 'This hot seat is not paid yet',
  'error.purchases.seatInReview': 'This hot seat is still waiting for review',
  'error.purchases.seatDecidedBy': 'This hot seat was already {decision, select, accepted {accepted} other {rejected}} by {who, select, named {{by}} other {someone else}}',
  'error.purchases.seatExpired': 'This hot seat expired before it was paid',
  'error.purchases.seatCancelled': 'This hot seat was cancelled; the buyer was not charged for it',
  'error.purchases.seatOnAir': 'This guest is on air now; end the seat instead',
  'error.purchases.seatOver': 'This hot seat is over: the guest had their time on air',
  'error.purchases.seatNoShow': 'This guest did not show up; the buyer was not charged',
  'error.purchases.notAHotSeat': 'This purchase is not a hot seat',
  'error.purchases.refundUnderway': 'A refund for this purchase is already on its way (requested by {who, select, named {{by}} other {someone else}})',
  'error.purchases.paymentNotSettled': 'This payment is not settled yet; try again in a moment',
  'error.purchases.notPaidNothingToRefund': 'This purchase is not paid yet; there is nothing to refund',
  'error.purchases.alreadyRefunded': 'This purchase was already refunded{who, select, named { by {by}} other {}}',
  'error.purchases.closedPaymentReturning': 'This purchase was closed before its payment arrived; the payment is already being returned',
  'error.purchases.voidNothingToRefund': 'This purchase {status, select, expired {expired} other {was cancelled}} before it was paid; nothing to refund',
  'error.purchases.orderNotFound': 'Order {id} does not exist (any more); nothing was marked',
  'error.purchases.notMerchOrder': '{kind, select, tip {Tip} gift {Gift} hotseat {Hot seat} other {Order}} ‘{offer}’ for {buyer} is not a merch order; nothing was marked',
  'error.purchases.orderNotShippable':
    'Order ‘{offer}’ for {buyer} is {standing, select, pending_payment {waiting for payment} pending_review {waiting for review} accepted {accepted} acceptedBy {accepted by {by}} rejected {rejected} rejectedBy {rejected by {by}} paid {paid} refunded {refunded} refundedBy {refunded by {by}} expired {expired} cancelled {cancelled} on_air {on air} completed {completed} no_show {a no-show} other {{standing}}}, so it is not shipped; nothing was marked',

  // Payments settings (the host).
  'error.payments.switchFailed': 'Could not switch payments: {detail}',
  'error.payments.keyRefused': 'Stripe did not accept this key: {detail}',
  'field.payments.keyRefused': 'was not accepted by Stripe',
} as const;
