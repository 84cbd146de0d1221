/**
 * The studio core's refusals about shows, offers, the moderation of the queue and moderators'
 * links, and the connection refusals every page of the studio can meet (the hub's `closing`).
 * `standing` in the queue's messages: a purchase's status, with who decided it (`decided`: yes/no).
 */
export const errorsStudio = {
  // Shows and offers (core/catalog).
  'error.show.missing': 'This show does not exist',
  'error.show.endedLocked': '‘{title}’ has ended and can no longer be changed',
  'error.show.slugTaken': 'The address “{slug}” is already used by ‘{title}’',
  'field.show.slugTaken': 'is already used',
  'error.show.endedGoLive': '‘{title}’ has ended; create a new show to go live again',
  'error.show.liveToDraft': '‘{title}’ is live; end it rather than turning it back into a draft',
  'error.show.draftToEnded': '‘{title}’ has not gone live yet, so it cannot end',
  'error.show.otherLive': 'End ‘{live}’ before going live with ‘{title}’',
  'error.show.slugLockedLive': 'The store address cannot change while the show is live: viewers have the link',
  'error.show.currencyLocked': 'The currency cannot change once the show has offers: their prices are in the old currency',
  'field.show.currencyLocked': 'cannot change once offers exist',
  'error.offer.missing': 'This offer does not exist',
  'error.offer.kindLocked':
    "An offer's kind cannot change (this one is a {kind, select, tip {tip} gift {gift} merch {merch} hotseat {hotseat} other {{kind}}}); create a new offer instead",
  'field.offer.kindLocked': 'cannot change',
  'error.offer.stockBelowHeld': '{taken} of {variant} are already sold or reserved; its stock cannot go below {taken}',
  'error.offer.seatsBelowHeld': '{taken} hot seats are already sold or reserved; the limit cannot go below {taken}',
  'error.store.noShowHere': 'There is no show at this address',
  'error.store.noShowLive': 'No show is live right now',
  'error.store.showEnded': '‘{title}’ has ended',
  'error.store.showNotStarted': '‘{title}’ has not started yet',

  // The queue console (core/moderation).
  'error.queue.hotSeatMissing': 'This hot seat does not exist (any more)',
  'error.queue.notHotSeat': 'Only hot seats have a place in line and notes',
  'error.queue.moveNotAccepted':
    'Only accepted seats can be moved in the line; {buyer}’s seat is {status, select, pending_payment {waiting for payment} pending_review {waiting for review} accepted {accepted{decided, select, yes { by {decidedBy}} other {}}} rejected {rejected{decided, select, yes { by {decidedBy}} other {}}} paid {paid} refunded {refunded{decided, select, yes { by {decidedBy}} other {}}} expired {expired} cancelled {cancelled} on_air {on air} completed {completed} no_show {a no-show} other {{status}}}',
  'error.queue.beforeItself': 'A seat cannot be placed before itself',
  'error.queue.targetOutOfLine':
    'Cannot place it there: {buyer}’s seat is {status, select, pending_payment {waiting for payment} pending_review {waiting for review} accepted {accepted{decided, select, yes { by {decidedBy}} other {}}} rejected {rejected{decided, select, yes { by {decidedBy}} other {}}} paid {paid} refunded {refunded{decided, select, yes { by {decidedBy}} other {}}} expired {expired} cancelled {cancelled} on_air {on air} completed {completed} no_show {a no-show} other {{status}}}, no longer in line',
  'error.queue.targetMissing': 'Cannot place it there: that seat does not exist, no longer in line',
  'error.queue.purchaseMissing': 'This purchase does not exist (any more)',
  'error.queue.alreadyBlocked': '{buyer} is already blocked for this show',
  'error.queue.alreadyBlockedBy': '{buyer} is already blocked for this show (by {blockedBy})',
  'error.queue.notBlocked': 'This buyer is not blocked (any more)',

  // Moderators' invites and links (core/moderation).
  'error.moderator.inviteMissing': 'This moderator invite does not exist',
  'error.moderator.alreadyRevoked': '{name}’s access was already revoked',
  'error.moderator.inviteGone': 'This moderator invite no longer exists. Ask the host for a new link.',
  'error.moderator.linkInvalid': 'This moderator link is not valid. Check that you copied all of it, or ask the host for a new one.',
  'error.moderator.revoked': 'The host revoked your moderator access. Ask the host for a new link if this was a mistake.',
  'error.moderator.expired': 'Your moderator link has expired. Ask the host for a new one.',

  // Connections the studio turns down or cuts (server/ws-hub, lib/studio-client).
  'error.connection.originRefused': 'This page is not allowed to connect to the studio.',
  'error.connection.linkInvalid': 'This link is not valid (expired, revoked or mistyped).',
  'error.connection.tooManyWrongLinks':
    'Too many attempts with links that are not valid came from your connection. Try again in {unit, select, minutes {{count} minutes} other {{count} seconds}}.',
  'error.connection.unrecognised': 'The studio did not recognise this link. Open it again from the studio.',
  'error.connection.revoked': 'This link was revoked by the studio.',
  'error.connection.cannotOpen': 'Cannot connect to {url}: {problem}',
} as const;
