import { lineOf, moveInLine } from '../../../shared/line-order';
import type { ActivityDetail } from '../../../shared/activity-detail';
import type { BlockedBuyer, ModerationState, SeatNote } from '../../../shared/moderation';
import { failWith, ok, type ErrorValues, type Result } from '../../../shared/result';
import type { Actor } from '../actor';
import type { EventBus } from '../bus';
import { activity, purchaseSubject, said } from '../activity/activity-said';
import { publishPurchase } from '../queue/publish-purchase';
import { transitionPurchase } from '../queue/purchase-transition';
import type { PurchaseContext } from '../queue/purchase-context';
import { isoNow, systemClock, type Clock } from '../store/clock';
import type { Database } from '../store/db';
import type { PurchaseRecord } from '../store/purchases-repo';
import { repositories, type Repositories } from '../store/repositories';
import { runUnitOfWork } from '../store/unit-of-work';

/**
 * The shared queue console's own actions, for host and moderators alike: place a seat in the line,
 * note something on a seat, block a buyer for the show. Each is one IMMEDIATE transaction that
 * also writes the audit entry and bumps the moderation revision; the new state is published after
 * the commit. Accept/reject stay with the purchase service (they move money).
 */
export interface ModerationService {
  /** The moderation state of a show (null: no show yet). */
  state(showId: string | null): ModerationState;
  /** The line of accepted seats as ids, first on air first (hand-placed, then by payment). */
  line(showId: string): string[];
  reorder(purchaseId: string, beforeId: string | null, actor: Actor): Result<ModerationState>;
  addNote(purchaseId: string, text: string, actor: Actor): Result<SeatNote>;
  block(purchaseId: string, reason: string | undefined, actor: Actor): Result<{ blocked: BlockedBuyer; rejectedSeats: number; hiddenMessages: number }>;
  unblock(blockId: number, actor: Actor): Result<ModerationState>;
}

const IN_QUEUE = new Set(['pending_review', 'accepted']);

export function createModerationService(db: Database, bus: EventBus, clock: Clock = systemClock): ModerationService {
  const repos = repositories(db);

  const stateOf = (showId: string | null): ModerationState => {
    if (showId === null) return { showId: null, revision: repos.moderation.revision(), lineOrder: [], notes: [], blockedBuyers: [] };
    return {
      showId,
      revision: repos.moderation.revision(),
      lineOrder: placedSeats(repos, showId),
      notes: repos.moderation.notesForShow(showId),
      blockedBuyers: repos.moderation.blockedForShow(showId),
    };
  };

  /** Runs a change; on success bumps the revision and publishes the show's new state with it. */
  const change = <T>(fn: (ctx: PurchaseContext) => Result<T & { showId: string }>): Result<T & { state: ModerationState }> =>
    runUnitOfWork(db, bus, (emit) => {
      const ctx: PurchaseContext = { repos, now: isoNow(clock), emit };
      const result = fn(ctx);
      if (!result.ok) return result;
      repos.moderation.bumpRevision();
      const state = stateOf(result.value.showId);
      emit({ type: 'moderation.updated', moderation: state });
      return ok({ ...result.value, state });
    });

  const audit = (ctx: PurchaseContext, actor: Actor, action: string, purchaseId: string | null, detail: ActivityDetail) => {
    const entry = ctx.repos.audit.append({ at: ctx.now, actor: actor.name, action, purchaseId, said: detail });
    ctx.emit({ type: 'audit.appended', entry });
  };

  const loadSeat = (purchaseId: string): Result<PurchaseRecord> => {
    const record = repos.purchases.get(purchaseId);
    if (!record) return failWith('not_found', 'error.queue.hotSeatMissing');
    if (record.purchase.kind !== 'hotseat') return failWith('bad_request', 'error.queue.notHotSeat');
    return ok(record);
  };

  return {
    state: stateOf,
    line: (showId) => currentLine(repos, showId),

    reorder(purchaseId, beforeId, actor) {
      const result = change((ctx) => {
        const loaded = loadSeat(purchaseId);
        if (!loaded.ok) return loaded;
        const seat = loaded.value.purchase;
        if (seat.status !== 'accepted') {
          return failWith('conflict', 'error.queue.moveNotAccepted', standingValues(seat));
        }
        if (beforeId === purchaseId) return failWith('bad_request', 'error.queue.beforeItself');
        const line = currentLine(repos, seat.showId);
        if (beforeId !== null && !line.includes(beforeId)) {
          const other = repos.purchases.get(beforeId)?.purchase;
          return other ? failWith('conflict', 'error.queue.targetOutOfLine', standingValues(other)) : failWith('conflict', 'error.queue.targetMissing');
        }
        const next = moveInLine(line, purchaseId, beforeId);
        const position = next.indexOf(purchaseId) + 1;
        if (next.join() !== line.join()) {
          repos.moderation.setLine(seat.showId, next);
          audit(ctx, actor, 'queue.reorder', purchaseId, activity(purchaseSubject(seat), said('activity.said.reordered', { position, count: next.length })));
        }
        return ok({ showId: seat.showId });
      });
      return result.ok ? ok(result.value.state) : result;
    },

    addNote(purchaseId, text, actor) {
      const result = change((ctx) => {
        const loaded = loadSeat(purchaseId);
        if (!loaded.ok) return loaded;
        const seat = loaded.value.purchase;
        const note = repos.moderation.addNote({ purchaseId, showId: seat.showId, author: actor.name, text, at: ctx.now });
        audit(ctx, actor, 'queue.note', purchaseId, activity(purchaseSubject(seat), said('activity.said.note', { text: text.length > 80 ? `${text.slice(0, 79)}…` : text })));
        return ok({ showId: seat.showId, note });
      });
      return result.ok ? ok(result.value.note) : result;
    },

    block(purchaseId, reason, actor) {
      const result = change((ctx) => {
        const record = repos.purchases.get(purchaseId);
        if (!record) return failWith('not_found', 'error.queue.purchaseMissing');
        const p = record.purchase;
        const blocked = repos.moderation.block({
          showId: p.showId,
          buyerKey: record.buyerKey,
          buyerName: p.buyerName,
          purchaseId,
          blockedBy: actor.name,
          reason: reason ?? null,
          at: ctx.now,
        });
        if (!blocked) {
          const existing = repos.moderation.blockedForShow(p.showId).find((b) => b.purchaseId === purchaseId);
          return existing
            ? failWith('conflict', 'error.queue.alreadyBlockedBy', { buyer: p.buyerName, blockedBy: existing.blockedBy })
            : failWith('conflict', 'error.queue.alreadyBlocked', { buyer: p.buyerName });
        }
        let rejectedSeats = 0;
        let hiddenMessages = 0;
        const theirs = repos.purchases.listForShow(p.showId).filter((r) => r.buyerKey === record.buyerKey);
        for (const other of theirs) {
          const o = other.purchase;
          if (o.kind === 'hotseat' && IN_QUEUE.has(o.status)) {
            const applied = transitionPurchase(ctx, other, { type: 'reject' }, actor, { reason: said('activity.said.because', { why: 'buyerBlocked' }) });
            if (!applied.ok) return applied;
            rejectedSeats += 1;
          } else if (o.messageStatus === 'held') {
            repos.purchases.update({ ...other, messageModeratedBy: actor.name, purchase: { ...o, messageStatus: 'rejected', updatedAt: ctx.now } });
            publishPurchase(ctx, o.id, actor, 'message.reject', activity(purchaseSubject(o), said('activity.said.messageRejectedBlocked')));
            hiddenMessages += 1;
          }
        }
        const outcome = [
          rejectedSeats > 0 ? said('activity.said.seatsRejected', { count: rejectedSeats }) : null,
          hiddenMessages > 0 ? said('activity.said.messagesHidden', { count: hiddenMessages }) : null,
          reason ? said('activity.said.reasonGiven', { text: reason }) : null,
        ].filter((part) => part !== null);
        const blockedLine = said('activity.said.blocked', { buyer: p.buyerName });
        const [first, ...rest] = outcome;
        audit(ctx, actor, 'buyer.block', purchaseId, first ? activity(blockedLine, first, ...rest) : activity(null, blockedLine));
        return ok({ showId: p.showId, blocked, rejectedSeats, hiddenMessages });
      });
      if (!result.ok) return result;
      const { blocked, rejectedSeats, hiddenMessages } = result.value;
      return ok({ blocked, rejectedSeats, hiddenMessages });
    },

    unblock(blockId, actor) {
      const result = change((ctx) => {
        const block = repos.moderation.getBlock(blockId);
        if (!block) return failWith('not_found', 'error.queue.notBlocked');
        repos.moderation.unblock(blockId);
        audit(ctx, actor, 'buyer.unblock', block.purchaseId, activity(null, said('activity.said.unblocked', { buyer: block.buyerName })));
        return ok({ showId: block.showId });
      });
      return result.ok ? ok(result.value.state) : result;
    },
  };
}

/** A seat's standing for the queue's refusals: whose it is, its status, and who decided it. */
function standingValues(purchase: { buyerName: string; status: string; decidedBy: string | null }): ErrorValues {
  return { buyer: purchase.buyerName, status: purchase.status, decided: purchase.decidedBy ? 'yes' : 'no', decidedBy: purchase.decidedBy ?? '' };
}

/** Accepted seats placed by hand, in their placed order (what clients need besides the purchases). */
function placedSeats(repos: Repositories, showId: string): string[] {
  const accepted = new Set(acceptedSeats(repos, showId).map((p) => p.id));
  return repos.moderation.rankedSeats(showId).filter((id) => accepted.has(id));
}

function acceptedSeats(repos: Repositories, showId: string) {
  return repos.purchases
    .listForShow(showId)
    .map((r) => r.purchase)
    .filter((p) => p.kind === 'hotseat' && p.status === 'accepted');
}

/** The show's line as seat ids: hand-placed seats first, then the others in order of payment. */
function currentLine(repos: Repositories, showId: string): string[] {
  return lineOf(acceptedSeats(repos, showId), repos.moderation.rankedSeats(showId)).map((p) => p.id);
}
