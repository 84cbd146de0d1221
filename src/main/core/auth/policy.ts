import type { CommandName } from '../../../shared/commands';
import type { Role } from '../actor';

/**
 * Who may send which command: the one place authorization is decided. `satisfies` makes a new
 * command without a row here a type error, and the policy test walks every command × role.
 * Anonymous connections (no valid hello) can send no command at all.
 */
export const COMMAND_POLICY = {
  'studio.snapshot': ['host'],
  'show.create': ['host'],
  'show.update': ['host'],
  'show.setStatus': ['host'],
  'offer.create': ['host'],
  'offer.update': ['host'],
  'offer.setActive': ['host'],
  'queue.accept': ['host', 'moderator'],
  'queue.reject': ['host', 'moderator'],
  'message.approve': ['host', 'moderator'],
  'message.reject': ['host', 'moderator'],
  'purchase.refund': ['host'],
  'books.summary': ['host'],
  'books.export': ['host'],
  'merch.ship': ['host'],
  'settings.network.update': ['host'],
  'settings.language.update': ['host'],
  'payments.setKeys': ['host'],
  'moderators.list': ['host'],
  'moderators.invite': ['host'],
  'moderators.revoke': ['host'],
  'moderator.snapshot': ['moderator'],
  'queue.reorder': ['host', 'moderator'],
  'queue.note': ['host', 'moderator'],
  'buyer.block': ['host', 'moderator'],
  'buyer.unblock': ['host', 'moderator'],
  'seats.list': ['host'],
  'seat.call': ['host', 'moderator'],
  'seat.backstage': ['host', 'moderator'],
  'seat.live': ['host'],
  'seat.greenroom': ['host', 'moderator'],
  'moderator.seats': ['moderator'],
  'seat.end': ['host'],
  'seat.extend': ['host'],
  'seat.mute': ['host'],
  'seat.hide': ['host'],
  'seat.replaceLink': ['host'],
  // Seeing a guest's picture before their turn is screening: moderators may ask too.
  'seat.showPicture': ['host', 'moderator'],
  'seat.signal': ['host', 'moderator'],
  'guests.invite': ['host'],
  'settings.guests.update': ['host'],
  'settings.turn.get': ['host'],
  'settings.turn.update': ['host'],
  'turn.testPlan': ['host'],
  'ice.servers': ['host', 'moderator', 'guest'],
  'guest.view': ['guest'],
  'guest.enter': ['guest'],
  'guest.leave': ['guest'],
  'guest.media': ['guest'],
  'guest.signal': ['guest'],
  'obs.status': ['host'],
  'obs.configure': ['host'],
  'public.retry': ['host'],
  'public.check': ['host'],
  'public.trustHostKey': ['host'],
  'public.setNgrokToken': ['host'],
  'obs.reconnect': ['host'],
  'obs.output': ['host'],
  'obs.switchScene': ['host'],
  'program.get': ['host'],
  'program.update': ['host'],
  'program.arrange': ['host'],
  'selfie.announce': ['host'],
  'selfie.take': ['host'],
  'selfies.list': ['host'],
  'selfie.delete': ['host'],
  'overlay.snapshot': ['overlay'],
  'programFeed.watch': ['overlay'],
  'programFeed.send': ['host'],
  'mail.settings.get': ['host'],
  'mail.settings.set': ['host'],
  'mail.test': ['host'],
  'mail.outbox': ['host'],
  'mail.retry': ['host'],
} as const satisfies Record<CommandName, readonly Role[]>;

export function isAllowed(role: Role | null, command: CommandName): boolean {
  if (role === null) return false;
  return (COMMAND_POLICY[command] as readonly Role[]).includes(role);
}

/** Which pushed events a role receives; viewers get only their own receipt, handled by the hub. */
export function receivesStudioEvents(role: Role): boolean {
  return role === 'host';
}
