import type { GuestSettings, GuestView, IceServer, Seat } from '../../../shared/guests';
import type { Purchase } from '../../../shared/purchases';
import { failWith, ok, type AppErrorShape, type ErrorReason, type Result } from '../../../shared/result';
import { said } from '../activity/activity-said';
import type { Actor } from '../actor';
import type { EventBus } from '../bus';
import type { Logger } from '../log';
import { readGuestSettings, writeGuestSettings } from '../settings/guest-settings';
import { isoNow, systemClock, type Clock } from '../store/clock';
import type { Database } from '../store/db';
import { repositories } from '../store/repositories';
import type { SeatRecord } from '../store/seats-repo';
import type { StorageHealth } from '../store/storage-health';
import { runUnitOfWork } from '../store/unit-of-work';
import { endSeat as endSeatInTransaction } from './end-seat';
import { createSeatClock } from './seat-clock';
import { createSeatCommands, type SeatCommands } from './seat-commands';
import { SEAT_TIMER, type SeatContext } from './seat-context';
import { authenticateJoinToken, receiptJoinToken, type GuestAuth } from './seat-links';
import { queueBuyerMail } from '../mail/mail-triggers';
import { createSeatPresence } from './seat-presence';
import { createSeatPublisher } from './seat-publisher';
import { newSeatRecord } from './seat-record';

export type { GuestAuth } from './seat-links';

/**
 * Guest seats: created when a hot seat is accepted (or the host invites someone for free), driven
 * by the host and moderators (seat-commands.ts) and by the guest's presence (seat-presence.ts: in
 * the green room, media flowing). Every change is one transaction that also moves the purchase
 * (on air, charged, released) through its state machine, so the money follows the seat exactly.
 * The airtime clock (seat-clock.ts) is stored as intervals; `tick` enforces the policy as time
 * passes. What the host and guests are told goes out through seat-publisher.ts.
 */
export interface SeatService extends SeatCommands {
  /** Creates seats for accepted hot seats and ends seats whose purchase closed. Idempotent; what fails is retried by `tick`. */
  syncWithPurchases(): void;
  /** A purchase changed (bus): same as sync, for that purchase. */
  purchaseChanged(purchase: Purchase): void;
  /** The host or a moderator rearranged the show's line: every waiting guest hears their new place. */
  lineChanged(showId: string): void;
  list(showId?: string | null): Seat[];
  settings(): GuestSettings;
  updateSettings(value: GuestSettings): GuestSettings;
  /** The buyer's join link for their receipt; null when the seat does not exist (yet) or is over. */
  joinUrlForReceipt(purchaseId: string, receiptToken: string): string | null;
  authenticate(token: string): GuestAuth | { refused: AppErrorShape } | null;
  /** A guest page entered the green room on this connection (taking over from any other). */
  enter(seatId: string, connectionId: string, name: string | null): Result<{ view: GuestView; replaced: string[] }>;
  leave(seatId: string, connectionId: string): void;
  /** The hub saw a guest connection open or close (closing also leaves the green room). */
  connectionOpened(seatId: string, connectionId: string): void;
  connectionClosed(seatId: string, connectionId: string): void;
  /** Hub subjects of every open connection of a seat. */
  connectionsOf(seatId: string): string[];
  /** The guest's media reaches (or stopped reaching) the studio. */
  mediaStatus(seatId: string, connectionId: string, ok: boolean): Result<GuestView>;
  isPresent(seatId: string, connectionId: string): boolean;
  view(seatId: string): GuestView | null;
  /** Retries seats that could not follow their purchase; enforces capture, time up, no-shows; checkpoints running clocks. */
  tick(): void;
}

export interface SeatServiceDeps {
  db: Database;
  bus: EventBus;
  log: Logger;
  joinUrl(token: string): string;
  /** Money actions were recorded: wake the worker. */
  moneyActionsAdded(): void;
  /**
   * ICE servers for one guest's page (core/turn: TURN credentials minted per view, so every view
   * sent carries fresh ones). Left out: the guest settings' own list.
   */
  iceServersFor?(seatId: string): IceServer[];
  /** Where a failed save is recorded (the host sees it); left out, failures are only logged. */
  storage?: Pick<StorageHealth, 'failed'>;
  clock?: Clock;
}

const CLOSED_PURCHASE = ['rejected', 'cancelled', 'expired', 'no_show', 'completed', 'refunded'];

export function createSeatService(deps: SeatServiceDeps): SeatService {
  const clock = deps.clock ?? systemClock;
  const repos = repositories(deps.db);
  const settings = () => readGuestSettings(repos.settings);
  const presence = createSeatPresence();
  const publisher = createSeatPublisher({ repos, presence, settings, iceServers: (seatId, current) => deps.iceServersFor?.(seatId) ?? current.iceServers });
  const airClock = createSeatClock({ repos, presence, settings, startedAtMs: clock().getTime() });

  const work = <T>(fn: (ctx: SeatContext) => Result<T>): Result<T> => {
    // Events of a unit of work that fails are never sent: forget the pictures it would have sent.
    const forget = publisher.checkpoint();
    const unit = { moneyMoved: false };
    let result: Result<T>;
    try {
      result = runUnitOfWork(deps.db, deps.bus, (emit) => {
        const ctx: SeatContext = { repos, now: isoNow(clock), emit, moneyMoved: false };
        const done = fn(ctx);
        unit.moneyMoved = ctx.moneyMoved;
        return done;
      });
    } catch (error) {
      forget();
      throw error;
    }
    if (!result.ok) forget();
    else if (unit.moneyMoved) deps.moneyActionsAdded();
    return result;
  };

  const load = (seatId: string): Result<SeatRecord> => {
    const seat = repos.seats.get(seatId);
    return seat ? ok(seat) : failWith('not_found', 'error.seat.missing');
  };

  const endSeat = (ctx: SeatContext, seat: SeatRecord, actor: Actor, why: ErrorReason, noShow = false): Result<SeatRecord> => {
    publisher.asks.delete(seat.id);
    const done = endSeatInTransaction(ctx, seat, actor, why, { noShow });
    if (!done.ok) return done;
    if (done.value.moneyMoved) ctx.moneyMoved = true;
    return ok(done.value.seat);
  };

  /** A change to one seat by the host or a moderator: loaded, changed, clock reconciled, published. */
  const changeSeat = (seatId: string, fn: (ctx: SeatContext, seat: SeatRecord) => Result<SeatRecord>): Result<Seat> =>
    work((ctx) => {
      const loaded = load(seatId);
      if (!loaded.ok) return loaded;
      const changed = fn(ctx, loaded.value);
      if (!changed.ok) return changed;
      const reconciled = airClock.reconcile(ctx, seatId);
      if (!reconciled.ok) return reconciled;
      publisher.publish(ctx, seatId);
      const stored = repos.seats.get(seatId);
      return stored ? ok(publisher.seat(stored)) : failWith('not_found', 'error.seat.vanished');
    });

  /** Presence moved (in memory): the clock follows it, and everyone is told. */
  const presenceChange = (seatId: string, change: () => void): void => {
    change();
    const result = work((ctx) => {
      if (!repos.seats.get(seatId)) return ok(undefined);
      const done = airClock.reconcile(ctx, seatId);
      if (!done.ok) return done;
      publisher.publish(ctx, seatId);
      return ok(undefined);
    });
    if (!result.ok) deps.log.warn('seat presence update failed', { seat: seatId, error: result.error.message });
  };

  /** Brings one purchase's seat in line with the purchase, inside the caller's transaction. */
  const follow = (ctx: SeatContext, purchase: Purchase): Result<void> => {
    if (purchase.kind !== 'hotseat') return ok(undefined);
    const seat = repos.seats.byPurchase(purchase.id);
    if (!seat) {
      if (purchase.status !== 'accepted') return ok(undefined);
      const offer = repos.offers.get(purchase.offerId);
      const minutes = offer?.kind === 'hotseat' ? offer.minutes : 1;
      const created = newSeatRecord(
        {
          showId: purchase.showId,
          purchaseId: purchase.id,
          source: 'purchase',
          guestName: purchase.buyerName,
          format: purchase.format,
          question: purchase.question,
          allowanceSeconds: minutes * 60,
          lineAt: purchase.paidAt ?? purchase.createdAt,
        },
        ctx.now,
      );
      repos.seats.insert(created);
      // "You're accepted, here is your join link": with the seat, so the link has a seat to open.
      queueBuyerMail(repos, 'accepted', purchase.id, ctx.now);
      publisher.publish(ctx, created.id);
      return ok(undefined);
    }
    if (seat.stage === 'ended' || !CLOSED_PURCHASE.includes(purchase.status)) return ok(undefined);
    const ended = endSeat(ctx, seat, SEAT_TIMER, said('activity.said.seatClosed', { standing: purchase.status }));
    if (!ended.ok) return ended;
    publisher.publish(ctx, seat.id);
    return ok(undefined);
  };

  /** Every purchase whose seat is not in line with it (the database says which): true when all are. */
  const sync = (): boolean => {
    const result = work((ctx) => {
      for (const { purchase } of repos.purchases.needingSeatSync()) {
        const done = follow(ctx, purchase);
        if (!done.ok) return done;
      }
      return ok(undefined);
    });
    if (!result.ok) deps.log.warn('seat sync failed', { error: result.error.message });
    return result.ok;
  };

  /**
   * A purchase's seat could not follow it (a write failed after the purchase committed): the seat
   * timer tries again on its next tick, not at the next start, so an accepted buyer is never left
   * without a seat. What is missing is read back from the database, so nothing needs remembering but
   * that a try is due; a crash in between is covered by the sync at start.
   */
  let followUpDue = false;
  const followUp = () => {
    if (!followUpDue) return;
    let done = false;
    try {
      done = sync();
    } finally {
      followUpDue = !done;
    }
  };

  const currentShow = (showId: string | null | undefined) =>
    showId ? repos.shows.get(showId) : (repos.shows.live() ?? repos.shows.newestDraft() ?? repos.shows.list()[0] ?? null);
  const lineChanged = (showId: string) => publisher.lineChanged((event) => deps.bus.publish(event), showId, clock().getTime());

  const leave = (seatId: string, connectionId: string) => {
    if (presence.get(seatId)?.connectionId !== connectionId) return;
    presenceChange(seatId, () => presence.delete(seatId));
  };
  const view = (seatId: string): GuestView | null => {
    const seat = repos.seats.get(seatId);
    return seat ? publisher.view(seat, clock().getTime()) : null;
  };

  return {
    ...createSeatCommands({ repos, presence, publisher, joinUrl: (token) => deps.joinUrl(token), work, changeSeat, endSeat, load }),

    syncWithPurchases() {
      followUpDue = !sync();
    },

    purchaseChanged(purchase) {
      if (purchase.kind !== 'hotseat') return;
      try {
        const seat = repos.seats.byPurchase(purchase.id);
        const relevant = seat ? seat.stage !== 'ended' : purchase.status === 'accepted';
        if (!relevant) return;
        const result = work((ctx) => {
          const fresh = repos.purchases.get(purchase.id)?.purchase;
          return fresh ? follow(ctx, fresh) : ok(undefined);
        });
        if (result.ok) return;
        deps.log.warn('seat follow failed; the seat timer tries again', { purchase: purchase.id, error: result.error.message });
      } catch (error) {
        // A locked database or a full disk is recorded (the host is told); the timer retries either way.
        if (deps.storage?.failed(error, 'creating a seat')) deps.log.warn('seat follow could not save; the seat timer tries again', { purchase: purchase.id, error });
        else deps.log.error('seat follow failed; the seat timer tries again', { purchase: purchase.id, error });
      }
      followUpDue = true;
    },

    lineChanged,

    list(showId) {
      const show = currentShow(showId);
      return show ? publisher.seats(repos.seats.listForShow(show.id)) : [];
    },

    settings,
    updateSettings(value) {
      const saved = writeGuestSettings(repos.settings, value);
      deps.bus.publish({ type: 'guests.settings', settings: saved });
      // How many pictures are live may have changed.
      const show = currentShow(null);
      if (show) lineChanged(show.id);
      return saved;
    },

    joinUrlForReceipt(purchaseId, receiptToken) {
      const token = receiptJoinToken(repos, purchaseId, receiptToken, isoNow(clock));
      return token ? deps.joinUrl(token) : null;
    },

    authenticate: (token) => authenticateJoinToken(repos, token, clock().getTime()),

    enter(seatId, connectionId, name) {
      const previous = presence.get(seatId);
      const entered = work((ctx) => {
        const loaded = load(seatId);
        if (!loaded.ok) return loaded;
        let seat = loaded.value;
        if (seat.stage === 'ended') return failWith('conflict', 'error.guest.timeOver');
        if (name && name !== seat.guestName) seat = repos.seats.update({ ...seat, guestName: name, updatedAt: ctx.now });
        presence.set(seatId, { connectionId, mediaOk: previous?.connectionId === connectionId ? previous.mediaOk : false });
        if (seat.stage === 'called') presence.seen(seatId);
        const done = airClock.reconcile(ctx, seatId);
        if (!done.ok) return done;
        publisher.publish(ctx, seatId);
        return ok(publisher.view(seat, Date.parse(ctx.now)));
      });
      if (!entered.ok) {
        if (previous) presence.set(seatId, previous);
        else if (presence.get(seatId)?.connectionId === connectionId) presence.delete(seatId);
        return entered;
      }
      const replaced = previous && previous.connectionId !== connectionId ? [previous.connectionId] : [];
      return ok({ view: entered.value, replaced });
    },

    leave,
    connectionOpened: (seatId, connectionId) => presence.connectionOpened(seatId, connectionId),
    connectionClosed(seatId, connectionId) {
      presence.connectionClosed(seatId, connectionId);
      leave(seatId, connectionId);
    },
    connectionsOf: (seatId) => presence.connectionsOf(seatId),

    mediaStatus(seatId, connectionId, mediaOk) {
      const current = presence.get(seatId);
      if (current?.connectionId !== connectionId) return failWith('conflict', 'error.guest.enterFirst');
      if (current.mediaOk !== mediaOk) presenceChange(seatId, () => presence.set(seatId, { connectionId, mediaOk }));
      const seen = view(seatId);
      return seen ? ok(seen) : failWith('not_found', 'error.seat.unknown');
    },

    isPresent: (seatId, connectionId) => presence.get(seatId)?.connectionId === connectionId,
    view,

    tick() {
      followUp();
      const nowMs = clock().getTime();
      const current = settings();
      for (const { seat, kind } of airClock.due(nowMs, current)) {
        const result = work((ctx) => {
          const fresh = repos.seats.get(seat.id);
          if (!fresh || fresh.stage === 'ended') return ok(undefined);
          if (kind === 'charge') return airClock.chargeIfDue(ctx, fresh);
          const why = kind === 'time_up' ? said('activity.said.seatTimeUp') : said('activity.said.seatNoShow', { seconds: current.noShowGraceSeconds });
          const ended = endSeat(ctx, fresh, SEAT_TIMER, why, kind === 'no_show');
          if (!ended.ok) return ended;
          publisher.publish(ctx, seat.id);
          return ok(undefined);
        });
        if (!result.ok) deps.log.warn('seat timer could not act', { seat: seat.id, kind, error: result.error.message });
      }
      airClock.checkpoint(nowMs);
    },
  };
}
