import { queueBuyerMail } from '../mail/mail-triggers';
import type { Seat } from '../../../shared/guests';
import { failWith, ok, type ErrorReason, type Result } from '../../../shared/result';
import { activity, guestSubject, said } from '../activity/activity-said';
import { actorValues } from '../../../shared/i18n/actor-values';
import type { Actor } from '../actor';
import type { Repositories } from '../store/repositories';
import type { SeatRecord } from '../store/seats-repo';
import { newInviteToken } from './join-token';
import { moveSeatPurchase, type SeatContext } from './seat-context';
import { storeJoinToken } from './seat-links';
import { askPicture } from './seat-pictures';
import type { SeatPresence } from './seat-presence';
import type { SeatPublisher } from './seat-publisher';
import { newSeatRecord } from './seat-record';
import { seatCommand, type SeatCommand } from './seat-rules';

/**
 * What the host and moderators do to seats (the policy table says who may): invite a free guest,
 * move a seat through its stages, give more time, mute or hide, ask to see a waiting guest's
 * picture, replace a link. Each is one unit of work that also moves the seat's purchase.
 */
export interface SeatCommands {
  invite(input: { name: string; minutes: number }, actor: Actor): Result<{ seat: Seat; joinUrl: string }>;
  command(seatId: string, command: SeatCommand, actor: Actor): Result<Seat>;
  extend(seatId: string, seconds: number, actor: Actor): Result<Seat>;
  setFlag(seatId: string, flag: 'muted' | 'hidden', value: boolean, actor: Actor): Result<Seat>;
  /** A host or moderator asks to see a waiting guest's live picture (`show`), or takes the ask back. */
  askPicture(seatId: string, show: boolean, actor: Actor): Result<Seat>;
  /** Revokes the seat's links; the seat gets a new one (receipt) or the host can make one (invite). */
  replaceLink(seatId: string, actor: Actor, issueNew: boolean): Result<{ seat: Seat; joinUrl: string | null }>;
}

export interface SeatCommandDeps {
  repos: Repositories;
  presence: SeatPresence;
  publisher: SeatPublisher;
  joinUrl: (token: string) => string;
  /** One unit of work of the seat service (events after commit, money worker woken). */
  work: <T>(fn: (ctx: SeatContext) => Result<T>) => Result<T>;
  /** A change to one existing seat: loaded, changed, clock reconciled, published, answered as the host sees it. */
  changeSeat: (seatId: string, fn: (ctx: SeatContext, seat: SeatRecord) => Result<SeatRecord>) => Result<Seat>;
  endSeat: (ctx: SeatContext, seat: SeatRecord, actor: Actor, why: ErrorReason) => Result<SeatRecord>;
  load: (seatId: string) => Result<SeatRecord>;
}

function auditSeat(ctx: SeatContext, seat: SeatRecord, actor: Actor, action: string, what: ErrorReason): void {
  const detail = activity(guestSubject(seat.guestName), what);
  const entry = ctx.repos.audit.append({ at: ctx.now, actor: actor.name, action, purchaseId: seat.purchaseId, said: detail });
  ctx.emit({ type: 'audit.appended', entry });
}

export function createSeatCommands(deps: SeatCommandDeps): SeatCommands {
  const { repos, presence, publisher, changeSeat } = deps;
  const asks = publisher.asks;
  return {
    invite({ name, minutes }, actor) {
      const token = newInviteToken();
      const created = deps.work((ctx) => {
        const show = repos.shows.live() ?? repos.shows.newestDraft();
        if (!show) return failWith('conflict', 'error.seat.createShowFirst');
        const seat = newSeatRecord(
          { showId: show.id, purchaseId: null, source: 'invite', guestName: name, format: null, question: null, allowanceSeconds: minutes * 60, lineAt: ctx.now },
          ctx.now,
        );
        repos.seats.insert(seat);
        storeJoinToken(repos, token, seat.id, 0, ctx.now);
        auditSeat(ctx, seat, actor, 'seat.invited', said('activity.said.seatInvited', { minutes }));
        publisher.publish(ctx, seat.id);
        return ok(publisher.seat(seat));
      });
      return created.ok ? ok({ seat: created.value, joinUrl: deps.joinUrl(token) }) : created;
    },

    command(seatId, command, actor) {
      return changeSeat(seatId, (ctx, seat) => {
        const answer = seatCommand({ stage: seat.stage, present: presence.has(seatId), guestName: seat.guestName }, command);
        if (!answer.ok) return { ok: false, error: answer.error };
        if (command === 'end') return deps.endSeat(ctx, seat, actor, said('activity.said.seatEndedBy', actorValues(actor.name)));
        if (command === 'live' && seat.firstLiveAt === null) {
          const live = moveSeatPurchase(ctx, seat, 'go_live', actor);
          if (!live.ok) return live;
        }
        if (command === 'call') {
          presence.called(seatId);
          // Called to the hot seat is "you're next" (once per seat: a second call sends none).
          if (seat.purchaseId) queueBuyerMail(ctx.repos, 'next', seat.purchaseId, ctx.now);
        }
        const next = repos.seats.update({
          ...seat,
          stage: answer.stage,
          calledAt: command === 'call' ? ctx.now : seat.calledAt,
          firstLiveAt: command === 'live' ? (seat.firstLiveAt ?? ctx.now) : seat.firstLiveAt,
          // The guest page says who they are talking to backstage: a moderator by name, else the host.
          backstageWith: command === 'backstage' && actor.role === 'moderator' ? actor.name : null,
          updatedAt: ctx.now,
        });
        auditSeat(ctx, seat, actor, `seat.${command}`, said('activity.said.seatMoved', { command }));
        return ok(next);
      });
    },

    extend(seatId, seconds, actor) {
      return changeSeat(seatId, (ctx, seat) => {
        if (seat.stage === 'ended') return failWith('conflict', 'error.seat.over', { guest: seat.guestName });
        const next = repos.seats.update({ ...seat, allowanceSeconds: seat.allowanceSeconds + seconds, updatedAt: ctx.now });
        auditSeat(ctx, seat, actor, 'seat.extended', said('activity.said.seatExtended', { seconds }));
        return ok(next);
      });
    },

    setFlag(seatId, flag, value, actor) {
      return changeSeat(seatId, (ctx, seat) => {
        if (seat.stage === 'ended') return failWith('conflict', 'error.seat.over', { guest: seat.guestName });
        if (seat[flag] === value) return ok(seat);
        const next = repos.seats.update({ ...seat, [flag]: value, updatedAt: ctx.now });
        auditSeat(ctx, seat, actor, `seat.${flag}`, said('activity.said.seatFlag', { flag: `${value ? '' : 'un'}${flag}` }));
        return ok(next);
      });
    },

    askPicture(seatId, show, actor) {
      const before = asks.get(seatId);
      const done = changeSeat(seatId, (_ctx, seat) => {
        const askedInShow = repos.seats.listForShow(seat.showId).filter((s) => s.id !== seatId && asks.has(s.id)).length;
        const answer = askPicture({ stage: seat.stage, guestName: seat.guestName, askedBy: before ?? null }, show, askedInShow);
        if (!answer.ok) return { ok: false, error: answer.error };
        if (!show) asks.delete(seatId);
        else if (before === undefined) asks.set(seatId, actor.name);
        return ok(seat);
      });
      // The ask lives in memory: a change that did not commit takes it back.
      if (!done.ok) {
        if (before === undefined) asks.delete(seatId);
        else asks.set(seatId, before);
      }
      return done;
    },

    replaceLink(seatId, actor, issueNew) {
      const token = issueNew ? newInviteToken() : null;
      const replaced = deps.work((ctx) => {
        const loaded = deps.load(seatId);
        if (!loaded.ok) return loaded;
        const seat = loaded.value;
        if (seat.stage === 'ended') return failWith('conflict', 'error.seat.overLink', { guest: seat.guestName });
        if (token && seat.source === 'purchase') return failWith('bad_request', 'error.seat.buyerLinkOnReceipt');
        repos.joinTokens.revokeAll(seatId, ctx.now);
        const next = repos.seats.update({ ...seat, linkGeneration: seat.linkGeneration + 1, updatedAt: ctx.now });
        if (token) storeJoinToken(repos, token, seatId, next.linkGeneration, ctx.now);
        auditSeat(ctx, seat, actor, 'seat.link_replaced', said('activity.said.seatLink', { made: token ? 'yes' : 'no' }));
        publisher.publish(ctx, seatId);
        return ok(publisher.seat(next));
      });
      return replaced.ok ? ok({ seat: replaced.value, joinUrl: token ? deps.joinUrl(token) : null }) : replaced;
    },
  };
}
