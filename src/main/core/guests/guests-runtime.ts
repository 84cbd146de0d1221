import { randomBytes } from 'node:crypto';
import { ok, type AppErrorShape, type Result } from '../../../shared/result';
import type { ReceiptView } from '../../../shared/store-api';
import type { CloseKind } from '../../../shared/wire';
import type { IceServer } from '../../../shared/guests';
import type { Principal } from '../auth/principal';
import type { IcePage } from '../turn/ice-config';
import type { EventBus } from '../bus';
import { guestSubject, type GuestHandlerDeps } from '../commands/guest-handlers';
import type { Logger } from '../log';
import type { Database } from '../store/db';
import type { StorageHealth } from '../store/storage-health';
import { createSeatService, type SeatService } from './seat-service';

/**
 * Guests, wired into a running studio: the seat service following purchases on the bus, its timer,
 * guest authentication for the hub, join links on receipts, and the command handlers' needs.
 */
export interface GuestsRuntime {
  seats: SeatService;
  authenticate(token: string): Principal | { refused: AppErrorShape } | null;
  onPresence(principal: Principal, open: boolean): void;
  /** A buyer's receipt with their join link filled in (accepted and not over yet). */
  withJoinUrl(receipt: Result<ReceiptView>, receiptToken: string): Result<ReceiptView>;
  handlerDeps: GuestHandlerDeps;
  close(): void;
}

export interface GuestsRuntimeDeps {
  db: Database;
  bus: EventBus;
  log: Logger;
  joinUrl(token: string): string;
  moneyActionsAdded(): void;
  /** Closes the hub connections of a subject, telling the page why. */
  cut(subject: string, reason: AppErrorShape, kind?: CloseKind): void;
  tickMs?: number;
  /** While saving fails, the timer waits between tries instead of blocking on the database twice a second. */
  storage?: Pick<StorageHealth, 'shouldWait' | 'failed'>;
  /** ICE servers for a page (core/turn), by the principal asking: guest views and moderator seats carry them. */
  iceServersFor?: (who: IcePage) => IceServer[];
}

export function startGuests(deps: GuestsRuntimeDeps): GuestsRuntime {
  const { iceServersFor: iceFor, ...seatDeps } = deps;
  const seats = createSeatService({
    ...seatDeps,
    ...(iceFor ? { iceServersFor: (seatId: string) => iceFor({ role: 'guest', seatId }) } : {}),
  });
  seats.syncWithPurchases();
  const unsubscribe = deps.bus.subscribe((event) => {
    if (event.type === 'purchase.upserted') seats.purchaseChanged(event.purchase);
    if (event.type === 'moderation.updated' && event.moderation.showId) seats.lineChanged(event.moderation.showId);
  });
  let closed = false;
  const timer = setInterval(() => {
    if (closed || deps.storage?.shouldWait()) return;
    try {
      seats.tick();
    } catch (error) {
      // A locked database or a full disk: recorded (the host is told), tried again after a pause.
      if (deps.storage?.failed(error, 'seat timer')) deps.log.warn('seat timer could not save', { error });
      else deps.log.error('seat timer failed', { error });
    }
  }, deps.tickMs ?? 500);
  timer.unref();

  return {
    seats,
    authenticate(token) {
      const guest = seats.authenticate(token);
      if (!guest || 'refused' in guest) return guest;
      const connectionId = randomBytes(9).toString('base64url');
      return { role: 'guest', subject: guestSubject(guest.seatId, connectionId), name: guest.name, seatId: guest.seatId, connectionId };
    },
    onPresence(principal, open) {
      if (principal.role !== 'guest' || !principal.seatId || !principal.connectionId || closed) return;
      if (open) seats.connectionOpened(principal.seatId, principal.connectionId);
      else seats.connectionClosed(principal.seatId, principal.connectionId);
    },
    withJoinUrl(receipt, receiptToken) {
      if (!receipt.ok || receipt.value.kind !== 'hotseat') return receipt;
      return ok({ ...receipt.value, joinUrl: seats.joinUrlForReceipt(receipt.value.purchaseId, receiptToken) });
    },
    handlerDeps: {
      seats,
      bus: deps.bus,
      ...(iceFor ? { iceServersFor: iceFor } : {}),
      cutConnections: (subjects, reason, kind) => {
        for (const subject of subjects) deps.cut(subject, reason, kind);
      },
    },
    close() {
      closed = true;
      clearInterval(timer);
      unsubscribe();
    },
  };
}
