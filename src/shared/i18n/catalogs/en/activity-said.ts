/**
 * The activity log's details (core/logs/activity-said.ts makes them): what happened, said by id and
 * values, so the studio shows each line in its language. A line is an optional subject (the
 * purchase or guest it is about) and one or more parts, joined by `activity.join.*`.
 */
const STANDING_FROM =
  '{from, select, pending_payment {waiting for payment} pending_review {waiting for review} accepted {accepted} acceptedBy {accepted by {fromBy}} rejected {rejected} rejectedBy {rejected by {fromBy}} paid {paid} refunded {refunded} refundedBy {refunded by {fromBy}} expired {expired} cancelled {cancelled} on_air {on air} completed {completed} no_show {a no-show} other {{from}}}';
const STANDING_TO =
  '{to, select, pending_payment {waiting for payment} pending_review {waiting for review} accepted {accepted} acceptedBy {accepted by {toBy}} rejected {rejected} rejectedBy {rejected by {toBy}} paid {paid} refunded {refunded} refundedBy {refunded by {toBy}} expired {expired} cancelled {cancelled} on_air {on air} completed {completed} no_show {a no-show} other {{to}}}';
const PAYMENT = (name: string) =>
  `{${name}, select, none {none} authorized {authorized} captured {captured} canceled {canceled} refunded {refunded} failed {failed} other {{${name}}}}`;
const GOAL = "{action, select, cancel {release the buyer's card hold} capture {capture the payment} refund {refund the payment} other {close the payment page}}";

export const activitySaid = {
  'activity.join.subject': '{subject}: {rest}',
  'activity.join.parts': '{first}; {next}',

  // Subjects
  'activity.said.purchase': "{kind, select, tip {Tip} gift {Gift} merch {Order} hotseat {Hot seat} other {{kind}}} ‘{title}’ for {buyer}",
  'activity.said.guest': 'Guest {name}',

  // Shows and offers
  'activity.said.showStatus': '‘{title}’ {status, select, live {is live} other {has ended}}',
  'activity.said.purchasesClosed': '{count, plural, one {# open purchase closed} other {# open purchases closed}}',
  'activity.said.showCreated': 'Created ‘{title}’ at “{slug}”',
  'activity.said.showUpdated': 'Updated ‘{title}’',
  'activity.said.offerCreated': 'Added {kind, select, tip {tip} gift {gift} merch {merch} hotseat {hot seat} other {{kind}}} ‘{title}’ to ‘{show}’',
  'activity.said.offerUpdated': 'Updated {kind, select, tip {tip} gift {gift} merch {merch} hotseat {hot seat} other {{kind}}} ‘{title}’',
  'activity.said.offerSale': '{open, select, yes {Opened} other {Closed}} ‘{title}’ for sale',

  // The team
  'activity.said.moderatorInvited': 'Invited moderator {name} for {hours, plural, one {# hour} other {# hours}}',
  'activity.said.moderatorRevoked': 'Revoked moderator {name}',

  // The queue and moderation
  'activity.said.reordered': 'moved to place {position} of {count} in line',
  'activity.said.note': 'note “{text}”',
  'activity.said.messageDecided': 'message {decision, select, approved {approved} other {rejected}}',
  'activity.said.messageRejectedBlocked': 'message rejected (buyer blocked)',
  'activity.said.blocked': 'Blocked {buyer} for this show',
  'activity.said.seatsRejected': '{count, plural, one {# seat rejected, not charged} other {# seats rejected, not charged}}',
  'activity.said.messagesHidden': '{count, plural, one {# message hidden} other {# messages hidden}}',
  'activity.said.unblocked': 'Unblocked {buyer} for this show',

  // A purchase's life
  'activity.said.reserved': 'reserved, waiting for payment',
  'activity.said.checkoutAttached': '{open, select, yes {payment page opened} other {payment page opened after the reservation closed; closing it}}',
  'activity.said.standing': `${STANDING_FROM} → ${STANDING_TO}`,
  'activity.said.payment': `payment ${PAYMENT('from')} → ${PAYMENT('to')}`,
  'activity.said.disputeOpened': 'dispute opened ({reason, select, fraudulent {fraudulent} general {general} duplicate {duplicate} product_not_received {product not received} product_unacceptable {product unacceptable} subscription_canceled {subscription canceled} unrecognized {unrecognized} credit_not_processed {credit not processed} other {{reasonText}}}): answer it in the Stripe dashboard',
  'activity.said.disputeStatus':
    'dispute {status, select, warning_needs_response {needs response (inquiry)} warning_under_review {under review (inquiry)} warning_closed {closed (inquiry)} needs_response {needs response} under_review {under review} won {won} lost {lost} prevented {prevented} other {{statusText}}}',
  'activity.said.moneyAction': "{action, select, cancel {releasing the buyer's card hold} capture {capturing the payment} refund {refunding the payment} other {closing the payment page}}",
  'activity.said.messageHiddenBlocked': 'message hidden (blocked buyer)',
  'activity.said.balanceRecorded': 'Stripe balance recorded',
  'activity.said.actionConfirmed': 'payment action confirmed',
  'activity.said.reasonGiven': 'reason: {text}',
  'activity.said.because':
    'reason: {why, select, blockedBuyer {blocked buyer} buyerBlocked {buyer blocked for this show} newCheckout {the buyer started a new checkout} noPaymentPage {no payment page was opened} checkoutFailed {checkout could not be created} other {{why}}}',
  'activity.said.moneyDone': `${GOAL}: done`,
  'activity.said.moneyFailed': `could not ${GOAL} ({message}). Check this payment in your Stripe dashboard.`,
  'activity.said.shipped': '{changed, select, yes {tracking number changed} other {shipped}}{hasTracking, select, yes { (tracking {tracking})} other {}}',

  // Guests
  'activity.said.seatInvited': 'invited for {minutes} min (free)',
  'activity.said.seatMoved':
    '{command, select, call {called} backstage {brought backstage} greenroom {sent back to the green room} live {put on air} other {ended}}',
  'activity.said.seatExtended': '{seconds} s more on air (free)',
  'activity.said.seatFlag': '{flag, select, muted {muted} unmuted {unmuted} hidden {hidden} other {shown again}}',
  'activity.said.seatLink': '{made, select, yes {old link revoked, new link made} other {link revoked}}',
  'activity.said.seatEndedBy': 'ended by {actor, select, host {the host} other {{name}}}',
  'activity.said.seatEndedShow': 'the show ended',
  'activity.said.seatTimeUp': 'time is up',
  'activity.said.seatNoShow': 'did not join within {seconds} s of being called',
  'activity.said.seatClosed': `seat closed (purchase {standing, select, pending_payment {waiting for payment} pending_review {waiting for review} accepted {accepted} rejected {rejected} paid {paid} refunded {refunded} expired {expired} cancelled {cancelled} on_air {on air} completed {completed} no_show {a no-show} other {{standing}}})`,
  'activity.said.seatAired': '{seconds} s on air ({outcome, select, served {served} dropped {dropped} no_show {no-show} cancelled {cancelled} other {{outcome}}})',
  'activity.said.selfieTaken': 'selfie taken ({source, select, obs {from OBS} other {from the studio program}})',
  'activity.said.selfieDeleted': 'selfie deleted',
} as const;
