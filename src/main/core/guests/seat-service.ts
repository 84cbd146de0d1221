import { airedMs, remainingMs, type AirInterval } from '../../../shared/air-time';
import type { GuestSettings, GuestView, IceServer, Seat, SeatPicture } from '../../../shared/guests';
import type { Purchase } from '../../../shared/purchases';
import { fail, ok, type Result } from '../../../shared/result';
import type { Actor } from '../actor';
import type { EventBus } from '../bus';
import type { Logger } from '../log';
import type { PurchaseContext } from '../queue/purchase-context';
import { captureThresholdMs, readGuestSettings, writeGuestSettings } from '../settings/guest-settings';
import { isoNow, systemClock, type Clock } from '../store/clock';
import type { Database } from '../store/db';
import type { StorageHealth } from '../store/storage-health';
import { repositories } from '../store/repositories';
import type { SeatRecord } from '../store/seats-repo';
import { runUnitOfWork, type Emit } from '../store/unit-of-work';
import {
  deriveBuyerJoinToken,
  hashJoinToken,
  JOIN_TOKEN_LIFETIME_MS,
  joinTokenMatches,
  looksLikeJoinToken,
  newInviteToken,
} from './join-token';
import { endSeat as endSeatInTransaction, newSeatId, seatPurchaseEvent, type SeatPurchaseEvent } from './end-seat';
import { airtimeReached, clockShouldRun, seatCommand, type SeatCommand } from './seat-rules';
import { askPicture, seatPictures } from './seat-pictures';
import { guestViewOf, lineOf, seatOf } from './seat-view';

/**
 * Guest seats: created when a hot seat is accepted (or the host invites someone for free), driven
 * by the host (call, backstage, on air, end, extend, mute, hide) and by the guest's presence (in
 * the green room, media flowing). Every change is one transaction that also moves the purchase
 * (on air, charged, released) through its state machine, so the money follows the seat exactly.
 * The airtime clock is stored as intervals; `tick` enforces the policy as time passes.
 */
export interface GuestAuth {
  seatId: string;
  name: string;
}

export interface SeatService {
  /** Creates seats for accepted hot seats and ends seats whose purchase closed. Idempotent; what fails is retried by `tick`. */
  syncWithPurchases(): void;
  /** A purchase changed (bus): same as sync, for that purchase. */
  purchaseChanged(purchase: Purchase): void;
  /** The host or a moderator rearranged the show's line: every waiting guest hears their new place. */
  lineChanged(showId: string): void;
  list(showId?: string | null): Seat[];
  settings(): GuestSettings;
  updateSettings(value: GuestSettings): GuestSettings;
  invite(input: { name: string; minutes: number }, actor: Actor): Result<{ seat: Seat; joinUrl: string }>;
  command(seatId: string, command: SeatCommand, actor: Actor): Result<Seat>;
  extend(seatId: string, seconds: number, actor: Actor): Result<Seat>;
  setFlag(seatId: string, flag: 'muted' | 'hidden', value: boolean, actor: Actor): Result<Seat>;
  /** A host or moderator asks to see a waiting guest's live picture (`show`), or takes the ask back. */
  askPicture(seatId: string, show: boolean, actor: Actor): Result<Seat>;
  /** Revokes the seat's links; the seat gets a new one (receipt) or the host can make one (invite). */
  replaceLink(seatId: string, actor: Actor, issueNew: boolean): Result<{ seat: Seat; joinUrl: string | null }>;
  /** The buyer's join link for their receipt; null when the seat does not exist (yet) or is over. */
  joinUrlForReceipt(purchaseId: string, receiptToken: string): string | null;
  authenticate(token: string): GuestAuth | { refused: string } | null;
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

const SYSTEM_ACTOR: Actor = { role: 'system', name: 'Seat timer' };
const CHECKPOINT_EVERY_MS = 5_000;
/** Only for a seat missing from its own show's list (cannot happen): never live by accident. */
const NO_PICTURE: SeatPicture = { live: false, reason: 'away', placeInLine: null, askedBy: null };

interface Presence {
  connectionId: string;
  mediaOk: boolean;
}

export function createSeatService(deps: SeatServiceDeps): SeatService {
  const clock = deps.clock ?? systemClock;
  const repos = repositories(deps.db);
  const startedAt = clock().getTime();
  const presence = new Map<string, Presence>();
  /** Called seats whose guest has been in the green room since the call (no no-show for them). */
  const seenSinceCall = new Set<string>();
  const connections = new Map<string, Set<string>>();
  /** Who asked to see a waiting guest's picture (seat id → display name). In memory, like presence. */
  const asked = new Map<string, string>();
  /**
   * The picture each seat was last published with: a seat's picture changes when *others* move
   * (someone ahead goes backstage, joins, leaves), and only those changes are sent again.
   */
  let publishedPictures = new Map<string, string>();
  let lastCheckpoint = 0;

  // A crash left clocks running: they stopped at their last checkpoint, in the guest's favour.
  repos.seats.closeOpenAtCheckpoint();

  const livePresence = (seatId: string) => {
    const p = presence.get(seatId);
    return { present: p !== undefined, mediaOk: p?.mediaOk ?? false, key: p?.connectionId ?? null };
  };
  const settings = () => readGuestSettings(repos.settings);

  /** Every picture of a show's seats (seat-pictures.ts), from the line, presence and asks. */
  const picturesOf = (showSeats: readonly SeatRecord[]): Map<string, SeatPicture> => {
    const showId = showSeats[0]?.showId;
    if (showId === undefined) return new Map();
    const line = lineOf(showSeats, repos.moderation.rankedSeats(showId)).map((seat) => seat.id);
    const facts = showSeats.map((seat) => ({ id: seat.id, stage: seat.stage, present: presence.has(seat.id), askedBy: asked.get(seat.id) ?? null }));
    return seatPictures(facts, line, settings().livePictures);
  };
  const seatWith = (record: SeatRecord, pictures: ReadonlyMap<string, SeatPicture>): Seat =>
    seatOf(record, repos, livePresence(record.id), pictures.get(record.id) ?? NO_PICTURE);
  const seatNow = (record: SeatRecord): Seat => seatWith(record, picturesOf(repos.seats.listForShow(record.showId)));
  const viewWith = (record: SeatRecord, pictures: ReadonlyMap<string, SeatPicture>, current: GuestSettings, nowMs: number): GuestView =>
    guestViewOf(
      record,
      repos,
      livePresence(record.id),
      current,
      nowMs,
      pictures.get(record.id)?.live ?? false,
      deps.iceServersFor ? deps.iceServersFor(record.id) : current.iceServers,
    );

  const announceSeat = (emit: Emit, record: SeatRecord, pictures: ReadonlyMap<string, SeatPicture>) => {
    const seat = seatWith(record, pictures);
    publishedPictures.set(seat.id, JSON.stringify(seat.picture));
    emit({ type: 'seat.upserted', seat });
  };
  /** Re-sends the seats whose picture (live or paused, place in line) moved since last published. */
  const announcePictureChanges = (emit: Emit, showSeats: readonly SeatRecord[], pictures: ReadonlyMap<string, SeatPicture>, except: string | null) => {
    for (const record of showSeats) {
      if (record.id === except || record.stage === 'ended') continue;
      if (publishedPictures.get(record.id) !== JSON.stringify(pictures.get(record.id) ?? NO_PICTURE)) announceSeat(emit, record, pictures);
    }
  };

  let moneyMoved = false;
  const work = <T>(fn: (ctx: PurchaseContext) => Result<T>): Result<T> => {
    // Listeners may start another unit of work while this one publishes: keep each one's flag.
    const outer = moneyMoved;
    moneyMoved = false;
    // Events of a unit of work that fails are never sent: forget the pictures it would have sent.
    const sentPictures = new Map(publishedPictures);
    let result: Result<T>;
    try {
      result = runUnitOfWork(deps.db, deps.bus, (emit) => fn({ repos, now: isoNow(clock), emit }));
    } catch (error) {
      publishedPictures = sentPictures;
      throw error;
    }
    if (!result.ok) publishedPictures = sentPictures;
    const moved = moneyMoved;
    moneyMoved = outer;
    if (moved && result.ok) deps.moneyActionsAdded();
    return result;
  };

  /**
   * Tells the host about a seat (and about any other seat whose picture moved with it), and every
   * guest of the show about their (maybe moved) place and whether their picture is live.
   */
  const publish = (ctx: PurchaseContext, seatId: string) => {
    const record = repos.seats.get(seatId);
    if (!record) return;
    const showSeats = repos.seats.listForShow(record.showId);
    const pictures = picturesOf(showSeats);
    announceSeat(ctx.emit, record, pictures);
    announcePictureChanges(ctx.emit, showSeats, pictures, seatId);
    const nowMs = Date.parse(ctx.now);
    const current = settings();
    for (const seat of showSeats) {
      if (seat.id !== seatId && seat.stage === 'ended') continue;
      ctx.emit({ type: 'guest.view', seatId: seat.id, view: viewWith(seat, pictures, current, nowMs) });
    }
  };

  const audit = (ctx: PurchaseContext, seat: SeatRecord, actor: Actor, action: string, detail: string) => {
    const entry = repos.audit.append({ at: ctx.now, actor: actor.name, action, purchaseId: seat.purchaseId, detail: `Guest ${seat.guestName}: ${detail}` });
    ctx.emit({ type: 'audit.appended', entry });
  };

  const purchaseEvent = (ctx: PurchaseContext, seat: SeatRecord, type: SeatPurchaseEvent, actor: Actor): Result<void> => {
    const done = seatPurchaseEvent(ctx, seat, type, actor);
    if (!done.ok) return done;
    if (done.value) moneyMoved = true;
    return ok(undefined);
  };

  /** Starts or stops the clock to match stage and presence, then charges if the policy is met. */
  const reconcile = (ctx: PurchaseContext, seatId: string): Result<void> => {
    const seat = repos.seats.get(seatId);
    if (!seat) return ok(undefined);
    const { present, mediaOk } = livePresence(seatId);
    if (clockShouldRun(seat.stage, present, mediaOk)) repos.seats.openInterval(seatId, ctx.now);
    else repos.seats.closeInterval(seatId, ctx.now);
    return chargeIfDue(ctx, seat);
  };

  const chargeIfDue = (ctx: PurchaseContext, seat: SeatRecord): Result<void> => {
    if (!seat.purchaseId || seat.stage === 'ended') return ok(undefined);
    const purchase = repos.purchases.get(seat.purchaseId)?.purchase;
    if (purchase?.status !== 'on_air' || purchase.payment !== 'authorized' || purchase.paymentActionPending) return ok(undefined);
    const intervals = repos.seats.intervals(seat.id);
    if (!airtimeReached(intervals.length > 0, airedMs(intervals, Date.parse(ctx.now)), captureThresholdMs(settings()))) return ok(undefined);
    return purchaseEvent(ctx, seat, 'airtime_reached', SYSTEM_ACTOR);
  };

  const endSeat = (ctx: PurchaseContext, seat: SeatRecord, actor: Actor, why: string, noShow = false): Result<SeatRecord> => {
    asked.delete(seat.id);
    const done = endSeatInTransaction(ctx, seat, actor, why, { noShow });
    if (!done.ok) return done;
    if (done.value.moneyMoved) moneyMoved = true;
    return ok(done.value.seat);
  };

  const load = (seatId: string): Result<SeatRecord> => {
    const seat = repos.seats.get(seatId);
    return seat ? ok(seat) : fail('not_found', 'This guest seat does not exist (any more)');
  };

  const createSeatFor = (ctx: PurchaseContext, purchase: Purchase): void => {
    const offer = repos.offers.get(purchase.offerId);
    const minutes = offer?.kind === 'hotseat' ? offer.minutes : 1;
    const id = newSeatId();
    repos.seats.insert({
      id,
      showId: purchase.showId,
      purchaseId: purchase.id,
      source: 'purchase',
      guestName: purchase.buyerName,
      format: purchase.format,
      question: purchase.question,
      stage: 'waiting',
      outcome: null,
      allowanceSeconds: minutes * 60,
      muted: false,
      hidden: false,
      calledAt: null,
      firstLiveAt: null,
      endedAt: null,
      lineAt: purchase.paidAt ?? purchase.createdAt,
      linkGeneration: 0,
      backstageWith: null,
      version: 0,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    publish(ctx, id);
  };

  /** Brings one purchase's seat in line with the purchase, inside the caller's transaction. */
  const follow = (ctx: PurchaseContext, purchase: Purchase): Result<void> => {
    if (purchase.kind !== 'hotseat') return ok(undefined);
    const seat = repos.seats.byPurchase(purchase.id);
    if (!seat) {
      if (purchase.status === 'accepted') createSeatFor(ctx, purchase);
      return ok(undefined);
    }
    if (seat.stage === 'ended') return ok(undefined);
    const closedElsewhere = ['rejected', 'cancelled', 'expired', 'no_show', 'completed', 'refunded'].includes(purchase.status);
    if (!closedElsewhere) return ok(undefined);
    const ended = endSeat(ctx, seat, SYSTEM_ACTOR, `seat closed (purchase ${purchase.status.replace('_', ' ')})`);
    if (!ended.ok) return ended;
    publish(ctx, seat.id);
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

  const hostCommand = (seatId: string, actor: Actor, fn: (ctx: PurchaseContext, seat: SeatRecord) => Result<SeatRecord>): Result<Seat> =>
    work((ctx) => {
      const loaded = load(seatId);
      if (!loaded.ok) return loaded;
      const changed = fn(ctx, loaded.value);
      if (!changed.ok) return changed;
      const reconciled = reconcile(ctx, seatId);
      if (!reconciled.ok) return reconciled;
      publish(ctx, seatId);
      const stored = repos.seats.get(seatId);
      return stored ? ok(seatNow(stored)) : fail('not_found', 'The seat vanished');
    });

  const presenceChange = (seatId: string, fn: () => void): void => {
    fn();
    const result = work((ctx) => {
      const seat = repos.seats.get(seatId);
      if (!seat) return ok(undefined);
      const done = reconcile(ctx, seatId);
      if (!done.ok) return done;
      publish(ctx, seatId);
      return ok(undefined);
    });
    if (!result.ok) deps.log.warn('seat presence update failed', { seat: seatId, error: result.error.message });
  };

  /** A cheap read before taking the write lock: most ticks have nothing to charge. */
  const chargeLooksDue = (purchaseId: string, intervals: AirInterval[], nowMs: number, current: GuestSettings) => {
    const purchase = repos.purchases.get(purchaseId)?.purchase;
    if (purchase?.status !== 'on_air' || purchase.payment !== 'authorized' || purchase.paymentActionPending) return false;
    return airtimeReached(intervals.length > 0, airedMs(intervals, nowMs), captureThresholdMs(current));
  };

  const currentShow = (showId: string | null | undefined) =>
    showId ? repos.shows.get(showId) : (repos.shows.live() ?? repos.shows.newestDraft() ?? repos.shows.list()[0] ?? null);

  /** The line moved without a seat changing (reorder, settings): new places and pictures go out. */
  const lineChanged = (showId: string) => {
    const nowMs = clock().getTime();
    const current = settings();
    const showSeats = repos.seats.listForShow(showId);
    const pictures = picturesOf(showSeats);
    const emit: Emit = (event) => deps.bus.publish(event);
    announcePictureChanges(emit, showSeats, pictures, null);
    for (const seat of showSeats) {
      if (seat.stage !== 'waiting' && seat.stage !== 'called') continue;
      emit({ type: 'guest.view', seatId: seat.id, view: viewWith(seat, pictures, current, nowMs) });
    }
  };

  return {
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
      if (!show) return [];
      const showSeats = repos.seats.listForShow(show.id);
      const pictures = picturesOf(showSeats);
      return showSeats.map((s) => seatWith(s, pictures));
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

    invite({ name, minutes }, actor) {
      const token = newInviteToken();
      const created = work((ctx) => {
        const show = repos.shows.live() ?? repos.shows.newestDraft();
        if (!show) return fail('conflict', 'Create a show first: guests are invited to a show');
        const id = newSeatId();
        const seat: SeatRecord = {
          id,
          showId: show.id,
          purchaseId: null,
          source: 'invite',
          guestName: name,
          format: null,
          question: null,
          stage: 'waiting',
          outcome: null,
          allowanceSeconds: minutes * 60,
          muted: false,
          hidden: false,
          calledAt: null,
          firstLiveAt: null,
          endedAt: null,
          lineAt: ctx.now,
          linkGeneration: 0,
          backstageWith: null,
          version: 0,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        };
        repos.seats.insert(seat);
        repos.joinTokens.insert({ tokenHash: hashJoinToken(token), seatId: id, generation: 0, createdAt: ctx.now, expiresAt: expiry(ctx.now) });
        audit(ctx, seat, actor, 'seat.invited', `invited for ${minutes} min (free)`);
        publish(ctx, id);
        return ok(seatNow(seat));
      });
      return created.ok ? ok({ seat: created.value, joinUrl: deps.joinUrl(token) }) : created;
    },

    command(seatId, command, actor) {
      return hostCommand(seatId, actor, (ctx, seat) => {
        const answer = seatCommand({ stage: seat.stage, present: presence.has(seatId), guestName: seat.guestName }, command);
        if (!answer.ok) return fail('conflict', answer.reason);
        if (command === 'end') return endSeat(ctx, seat, actor, `ended by ${actor.name}`);
        if (command === 'live' && seat.firstLiveAt === null) {
          const live = purchaseEvent(ctx, seat, 'go_live', actor);
          if (!live.ok) return live;
        }
        if (command === 'call') seenSinceCall.delete(seatId);
        if (command === 'call' && presence.has(seatId)) seenSinceCall.add(seatId);
        const next = repos.seats.update({
          ...seat,
          stage: answer.stage,
          calledAt: command === 'call' ? ctx.now : seat.calledAt,
          firstLiveAt: command === 'live' ? (seat.firstLiveAt ?? ctx.now) : seat.firstLiveAt,
          // The guest page says who they are talking to backstage: a moderator by name, else the host.
          backstageWith: command === 'backstage' && actor.role === 'moderator' ? actor.name : null,
          updatedAt: ctx.now,
        });
        const words: Record<SeatCommand, string> = {
          call: 'called',
          backstage: 'brought backstage',
          greenroom: 'sent back to the green room',
          live: 'put on air',
          end: 'ended',
        };
        audit(ctx, seat, actor, `seat.${command}`, words[command]);
        return ok(next);
      });
    },

    extend(seatId, seconds, actor) {
      return hostCommand(seatId, actor, (ctx, seat) => {
        if (seat.stage === 'ended') return fail('conflict', `${seat.guestName}’s seat is over`);
        const next = repos.seats.update({ ...seat, allowanceSeconds: seat.allowanceSeconds + seconds, updatedAt: ctx.now });
        audit(ctx, seat, actor, 'seat.extended', `${seconds} s more on air (free)`);
        return ok(next);
      });
    },

    setFlag(seatId, flag, value, actor) {
      return hostCommand(seatId, actor, (ctx, seat) => {
        if (seat.stage === 'ended') return fail('conflict', `${seat.guestName}’s seat is over`);
        if (seat[flag] === value) return ok(seat);
        const next = repos.seats.update({ ...seat, [flag]: value, updatedAt: ctx.now });
        audit(ctx, seat, actor, `seat.${flag}`, `${value ? '' : 'un'}${flag === 'muted' ? 'muted' : 'hidden'}`);
        return ok(next);
      });
    },

    askPicture(seatId, show, actor) {
      const before = asked.get(seatId);
      const done = hostCommand(seatId, actor, (_ctx, seat) => {
        const askedInShow = repos.seats.listForShow(seat.showId).filter((s) => s.id !== seatId && asked.has(s.id)).length;
        const answer = askPicture({ stage: seat.stage, guestName: seat.guestName, askedBy: before ?? null }, show, askedInShow);
        if (!answer.ok) return fail('conflict', answer.reason);
        if (!show) asked.delete(seatId);
        else if (before === undefined) asked.set(seatId, actor.name);
        return ok(seat);
      });
      if (!done.ok) {
        if (before === undefined) asked.delete(seatId);
        else asked.set(seatId, before);
      }
      return done;
    },

    replaceLink(seatId, actor, issueNew) {
      const token = issueNew ? newInviteToken() : null;
      const replaced = work((ctx) => {
        const loaded = load(seatId);
        if (!loaded.ok) return loaded;
        const seat = loaded.value;
        if (seat.stage === 'ended') return fail('conflict', `${seat.guestName}’s seat is over; its link no longer works anyway`);
        if (token && seat.source === 'purchase') return fail('bad_request', 'A buyer’s new link appears on their receipt; revoke the old one instead');
        repos.joinTokens.revokeAll(seatId, ctx.now);
        const next = repos.seats.update({ ...seat, linkGeneration: seat.linkGeneration + 1, updatedAt: ctx.now });
        if (token) {
          repos.joinTokens.insert({ tokenHash: hashJoinToken(token), seatId, generation: next.linkGeneration, createdAt: ctx.now, expiresAt: expiry(ctx.now) });
        }
        audit(ctx, seat, actor, 'seat.link_replaced', token ? 'old link revoked, new link made' : 'link revoked');
        publish(ctx, seatId);
        return ok(seatNow(next));
      });
      return replaced.ok ? ok({ seat: replaced.value, joinUrl: token ? deps.joinUrl(token) : null }) : replaced;
    },

    joinUrlForReceipt(purchaseId, receiptToken) {
      const seat = repos.seats.byPurchase(purchaseId);
      if (!seat || seat.stage === 'ended') return null;
      const token = deriveBuyerJoinToken(receiptToken, seat.id, seat.linkGeneration);
      const now = isoNow(clock);
      repos.joinTokens.insert({ tokenHash: hashJoinToken(token), seatId: seat.id, generation: seat.linkGeneration, createdAt: now, expiresAt: expiry(now) });
      return deps.joinUrl(token);
    },

    authenticate(token) {
      if (!looksLikeJoinToken(token)) return null;
      const stored = repos.joinTokens.find(hashJoinToken(token));
      if (!stored || !joinTokenMatches(token, stored.tokenHash)) return null;
      const seat = repos.seats.get(stored.seatId);
      if (!seat) return null;
      // The guest of a seat that is over still sees how it ended (thank-you screen).
      if (seat.stage !== 'ended') {
        if (stored.revokedAt !== null || stored.generation !== seat.linkGeneration) {
          return { refused: 'The host replaced or revoked this join link. Ask them for the current one (buyers: open your receipt again).' };
        }
        if (Date.parse(stored.expiresAt) <= clock().getTime()) return { refused: 'This join link has expired. Ask the host for a new one.' };
      }
      return { seatId: seat.id, name: seat.guestName };
    },

    enter(seatId, connectionId, name) {
      const previous = presence.get(seatId);
      const entered = work((ctx) => {
        const loaded = load(seatId);
        if (!loaded.ok) return loaded;
        let seat = loaded.value;
        if (seat.stage === 'ended') return fail('conflict', 'Your time on this show is over. Thank you for joining!');
        if (name && name !== seat.guestName) {
          seat = repos.seats.update({ ...seat, guestName: name, updatedAt: ctx.now });
        }
        presence.set(seatId, { connectionId, mediaOk: previous?.connectionId === connectionId ? previous.mediaOk : false });
        if (seat.stage === 'called') seenSinceCall.add(seatId);
        const done = reconcile(ctx, seatId);
        if (!done.ok) return done;
        publish(ctx, seatId);
        return ok(viewWith(seat, picturesOf(repos.seats.listForShow(seat.showId)), settings(), Date.parse(ctx.now)));
      });
      if (!entered.ok) {
        if (previous) presence.set(seatId, previous);
        else if (presence.get(seatId)?.connectionId === connectionId) presence.delete(seatId);
        return entered;
      }
      const replaced = previous && previous.connectionId !== connectionId ? [previous.connectionId] : [];
      return ok({ view: entered.value, replaced });
    },

    leave(seatId, connectionId) {
      if (presence.get(seatId)?.connectionId !== connectionId) return;
      presenceChange(seatId, () => presence.delete(seatId));
    },

    connectionOpened(seatId, connectionId) {
      const set = connections.get(seatId) ?? new Set<string>();
      set.add(connectionId);
      connections.set(seatId, set);
    },

    connectionClosed(seatId, connectionId) {
      const set = connections.get(seatId);
      set?.delete(connectionId);
      if (set?.size === 0) connections.delete(seatId);
      this.leave(seatId, connectionId);
    },

    connectionsOf: (seatId) => [...(connections.get(seatId) ?? [])].map((id) => `${seatId}:${id}`),

    mediaStatus(seatId, connectionId, mediaOk) {
      const current = presence.get(seatId);
      if (current?.connectionId !== connectionId) return fail('conflict', 'Enter the green room first');
      if (current.mediaOk !== mediaOk) presenceChange(seatId, () => presence.set(seatId, { connectionId, mediaOk }));
      const view = this.view(seatId);
      return view ? ok(view) : fail('not_found', 'This seat does not exist');
    },

    isPresent: (seatId, connectionId) => presence.get(seatId)?.connectionId === connectionId,

    view(seatId) {
      const seat = repos.seats.get(seatId);
      return seat ? viewWith(seat, picturesOf(repos.seats.listForShow(seat.showId)), settings(), clock().getTime()) : null;
    },

    tick() {
      followUp();
      const nowMs = clock().getTime();
      const current = settings();
      const due: { seat: SeatRecord; kind: 'time_up' | 'no_show' | 'charge' }[] = [];
      for (const seat of repos.seats.listOpen()) {
        if (seat.stage === 'live') {
          const intervals = repos.seats.intervals(seat.id);
          if (intervals.some((i) => i.endedAt === null) && remainingMs(seat.allowanceSeconds, intervals, nowMs) <= 0) due.push({ seat, kind: 'time_up' });
          else if (seat.purchaseId && chargeLooksDue(seat.purchaseId, intervals, nowMs, current)) due.push({ seat, kind: 'charge' });
        } else if (seat.stage === 'called' && seat.calledAt && !presence.has(seat.id) && !seenSinceCall.has(seat.id)) {
          const from = Math.max(Date.parse(seat.calledAt), startedAt);
          if (nowMs >= from + current.noShowGraceSeconds * 1000) due.push({ seat, kind: 'no_show' });
        }
      }
      for (const { seat, kind } of due) {
        const result = work((ctx) => {
          const fresh = repos.seats.get(seat.id);
          if (!fresh || fresh.stage === 'ended') return ok(undefined);
          if (kind === 'charge') return chargeIfDue(ctx, fresh);
          const ended = endSeat(ctx, fresh, SYSTEM_ACTOR, kind === 'time_up' ? 'time is up' : `did not join within ${current.noShowGraceSeconds} s of being called`, kind === 'no_show');
          if (!ended.ok) return ended;
          publish(ctx, seat.id);
          return ok(undefined);
        });
        if (!result.ok) deps.log.warn('seat timer could not act', { seat: seat.id, kind, error: result.error.message });
      }
      if (nowMs - lastCheckpoint >= CHECKPOINT_EVERY_MS) {
        lastCheckpoint = nowMs;
        repos.seats.checkpointOpen(new Date(nowMs).toISOString());
      }
    },
  };
}

const expiry = (now: string) => new Date(Date.parse(now) + JOIN_TOKEN_LIFETIME_MS).toISOString();
