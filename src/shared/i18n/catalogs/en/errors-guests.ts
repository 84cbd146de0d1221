/**
 * The core's refusals about guest seats (core/guests, the guest commands), their join links and
 * connections, and selfies (core/selfies). `guest` is the guest's name.
 */
export const errorsGuests = {
  // Seats, as the host and moderators move them.
  'error.seat.missing': 'This guest seat does not exist (any more)',
  'error.seat.unknown': 'This seat does not exist',
  'error.seat.vanished': 'The seat vanished',
  'error.seat.purchaseMissing': 'The purchase behind this seat is missing',
  'error.seat.createShowFirst': 'Create a show first: guests are invited to a show',
  'error.seat.over': '{guest}’s seat is over',
  'error.seat.overLink': '{guest}’s seat is over; its link no longer works anyway',
  'error.seat.notHere': '{guest} is not in the green room right now; wait until they join',
  'error.seat.alreadyCalled': '{guest} was already called',
  'error.seat.alreadyWithYou': '{guest} is already with you',
  'error.seat.alreadyBackstage': '{guest} is already backstage',
  'error.seat.notBackstage': '{guest} is not backstage',
  'error.seat.alreadyOnAir': '{guest} is already on air',
  'error.seat.withHost': '{guest} is with the host: their picture is always live',
  'error.seat.tooManyPictures': 'Up to {limit} extra pictures can be shown at once: pause one first',
  'error.seat.buyerLinkOnReceipt': 'A buyer’s new link appears on their receipt; revoke the old one instead',
  'error.seat.moderatorOffAir': '{guest} is on air: only the host takes a guest off air',
  'error.seat.backstageFirst': 'Bring the guest backstage first to talk with them',

  // The guest's own page.
  'error.guest.timeOver': 'Your time on this show is over. Thank you for joining!',
  'error.guest.enterFirst': 'Enter the green room first',
  'error.guest.seatGone': 'This seat does not exist any more',
  'error.guest.linkReplaced': 'The host replaced or revoked this join link. Ask them for the current one (buyers: open your receipt again).',
  'error.guest.linkExpired': 'This join link has expired. Ask the host for a new one.',
  'error.guest.linkRevoked': 'The host revoked this join link.',
  'error.guest.takenOver': 'You joined from another tab or device, so this one was disconnected. Close this tab.',

  // Selfies.
  'error.selfie.noSelfieSeat': '{guest} has no selfie seat: selfies are for guests who bought one',
  'error.selfie.notOnAir': '{guest} is not on air: take the selfie while they are on the program',
  'error.selfie.limit': '{guest} already has {limit} selfies: delete one to take another',
  'error.selfie.noPicture': 'No picture to save: OBS is not connected and the studio page sent no program frame. Try again.',
  'error.selfie.obsFailed': 'OBS could not take the shot ({problem}).',
  'error.selfie.obsFailedFrameKept': "OBS could not take the shot ({problem}), so the studio's own program frame was saved instead.",
  'error.selfie.obsNotPicture': 'OBS answered the screenshot with something that is not a picture',
  'error.selfie.tooLarge': 'The picture is larger than {megabytes} MB',
  'error.selfie.notImage': 'The picture is not a PNG or JPEG image',
  'error.selfie.gone': 'This selfie was already deleted',
  'error.selfie.notOnReceipt': 'This selfie is not on your receipt (it may have been deleted).',
  'error.selfie.frameOriginRefused': 'This page may not send frames to the studio.',
  'error.selfie.frameHostOnly': 'Only the studio may upload a program frame.',
  'error.selfie.frameMissing': 'Send the frame as a PNG or JPEG body.',
  'error.selfie.frameNotCaptured': 'The studio page could not capture its program frame.',
  'error.selfie.hostOnly': 'Only the studio may open this.',
} as const;
