import type { IceServer } from '../../../shared/guests';
import { errorWith, fail, failWith, ok, type AppErrorShape, type Result } from '../../../shared/result';
import type { CloseKind } from '../../../shared/wire';
import { actorOf, type Principal } from '../auth/principal';
import type { IcePage } from '../turn/ice-config';
import type { EventBus } from '../bus';
import { createPeerOwners } from '../guests/peer-owners';
import type { SeatService } from '../guests/seat-service';
import type { CommandHandlers } from './handler-types';

/** What the guest commands need besides the seat service. */
export interface GuestHandlerDeps {
  seats: SeatService;
  bus: EventBus;
  /** Closes other connections of a seat (a second tab or device took over). */
  cutConnections(subjects: string[], reason: AppErrorShape, kind?: CloseKind): void;
  /** ICE servers minted for the asking page (core/turn); left out, the settings' own list. */
  iceServersFor?(who: IcePage): IceServer[];
}

type GuestCommand =
  | 'seats.list'
  | 'seat.call'
  | 'seat.backstage'
  | 'seat.greenroom'
  | 'moderator.seats'
  | 'seat.live'
  | 'seat.end'
  | 'seat.extend'
  | 'seat.mute'
  | 'seat.hide'
  | 'seat.replaceLink'
  | 'seat.showPicture'
  | 'seat.signal'
  | 'guests.invite'
  | 'settings.guests.update'
  | 'guest.view'
  | 'guest.enter'
  | 'guest.leave'
  | 'guest.media'
  | 'guest.signal';

const TAKEN_OVER = errorWith('unauthorized', 'error.guest.takenOver');
const LINK_REVOKED = errorWith('unauthorized', 'error.guest.linkRevoked');

function guestOf(principal: Principal): Result<{ seatId: string; connectionId: string }> {
  // A contract breach: the policy table lets only guests send these commands.
  if (principal.role !== 'guest') return fail('forbidden', 'Only a guest with a join link can do this');
  return ok({ seatId: principal.seatId, connectionId: principal.connectionId });
}

export const guestSubject = (seatId: string, connectionId: string) => `${seatId}:${connectionId}`;

export function createGuestHandlers(deps: GuestHandlerDeps): Pick<CommandHandlers, GuestCommand> {
  const { seats, bus } = deps;
  const peerOwners = createPeerOwners();
  /** The owner of a studio-side peer: the host's pages share one; each moderator has their own. */
  const ownerOf = (who: Principal) => (who.role === 'moderator' ? `moderator:${who.subject}` : 'host');
  /** Moderators screen guests: they never take a guest off air (that is the host's program). */
  const screeningOnly = (seatId: string, who: Principal): Result<null> => {
    if (who.role !== 'moderator') return ok(null);
    const seat = seats.list().find((s) => s.id === seatId);
    if (seat?.stage === 'live') return failWith('forbidden', 'error.seat.moderatorOffAir', { guest: seat.guestName });
    return ok(null);
  };
  return {
    'seats.list': () => ok({ seats: seats.list(), settings: seats.settings() }),
    'seat.call': (input, who) => seats.command(input.seatId, 'call', actorOf(who)),
    'seat.backstage': (input, who) => {
      const allowed = screeningOnly(input.seatId, who);
      return allowed.ok ? seats.command(input.seatId, 'backstage', actorOf(who)) : allowed;
    },
    'seat.greenroom': (input, who) => seats.command(input.seatId, 'greenroom', actorOf(who)),
    'moderator.seats': (_input, who) => ok({ seats: seats.list(), iceServers: deps.iceServersFor?.(who) ?? seats.settings().iceServers }),
    'seat.live': (input, who) => seats.command(input.seatId, 'live', actorOf(who)),
    'seat.end': (input, who) => seats.command(input.seatId, 'end', actorOf(who)),
    'seat.extend': (input, who) => seats.extend(input.seatId, input.seconds, actorOf(who)),
    'seat.mute': (input, who) => seats.setFlag(input.seatId, 'muted', input.muted, actorOf(who)),
    'seat.hide': (input, who) => seats.setFlag(input.seatId, 'hidden', input.hidden, actorOf(who)),
    'seat.showPicture': (input, who) => seats.askPicture(input.seatId, input.show, actorOf(who)),
    'seat.replaceLink': (input, who) => {
      const replaced = seats.replaceLink(input.seatId, actorOf(who), input.newLink);
      if (replaced.ok) deps.cutConnections(seats.connectionsOf(input.seatId), LINK_REVOKED);
      return replaced;
    },
    'seat.signal': (input, who) => {
      if (!seats.view(input.seatId)) return failWith('not_found', 'error.seat.missing');
      if (who.role === 'moderator' && input.data.type !== 'bye') {
        const seat = seats.list().find((s) => s.id === input.seatId);
        if (seat?.stage !== 'backstage') return failWith('conflict', 'error.seat.backstageFirst');
      }
      // A page's own bug (a peer id another page holds): logged by the page, never shown.
      if (!peerOwners.claim(input.seatId, input.peerId, ownerOf(who))) return fail('conflict', 'This peer belongs to another page');
      if (input.data.type === 'bye') peerOwners.release(input.seatId, input.peerId);
      bus.publish({ type: 'guest.signal', seatId: input.seatId, peerId: input.peerId, data: input.data });
      return ok({});
    },
    'guests.invite': (input, who) => seats.invite(input, actorOf(who)),
    'settings.guests.update': (input) => ok(seats.updateSettings(input)),

    'guest.view': (_input, who) => {
      const guest = guestOf(who);
      if (!guest.ok) return guest;
      const view = seats.view(guest.value.seatId);
      return view ? ok(view) : failWith('not_found', 'error.guest.seatGone');
    },
    'guest.enter': (input, who) => {
      const guest = guestOf(who);
      if (!guest.ok) return guest;
      const entered = seats.enter(guest.value.seatId, guest.value.connectionId, input.name);
      if (!entered.ok) return entered;
      deps.cutConnections(entered.value.replaced.map((id) => guestSubject(guest.value.seatId, id)), TAKEN_OVER, 'replaced');
      return ok(entered.value.view);
    },
    'guest.leave': (_input, who) => {
      const guest = guestOf(who);
      if (!guest.ok) return guest;
      seats.leave(guest.value.seatId, guest.value.connectionId);
      return ok({});
    },
    'guest.media': (input, who) => {
      const guest = guestOf(who);
      if (!guest.ok) return guest;
      return seats.mediaStatus(guest.value.seatId, guest.value.connectionId, input.ok);
    },
    'guest.signal': (input, who) => {
      const guest = guestOf(who);
      if (!guest.ok) return guest;
      // Only the tab in the green room talks to the studio: a stale second tab cannot disturb it.
      if (!seats.isPresent(guest.value.seatId, guest.value.connectionId)) return failWith('conflict', 'error.guest.enterFirst');
      const owner = peerOwners.ownerOf(guest.value.seatId, input.peerId);
      // A moderator's peer hears only from its guest; the host's pages get the rest as before.
      const to = owner?.startsWith('moderator:') ? owner.slice('moderator:'.length) : undefined;
      bus.publish({ type: 'studio.signal', seatId: guest.value.seatId, peerId: input.peerId, data: input.data, ...(to ? { to } : {}) });
      return ok({});
    },
  };
}
