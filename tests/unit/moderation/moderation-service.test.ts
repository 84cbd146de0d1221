import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEventBus } from '../../../src/main/core/bus';
import { createModerationService, type ModerationService } from '../../../src/main/core/moderation/moderation-service';
import { localizeError } from '../../../src/shared/i18n/localize-error';
import { buyerKey, HOST, LEO, liveShow, MAYA, studio, value, type LiveShow, type Studio } from '../queue/services-fixture';

/** Line order, notes and blocking over a real SQLite file, through the services the hub calls. */
let s: Studio;
let live: LiveShow;
let moderation: ModerationService;
beforeEach(() => {
  s = studio();
  live = liveShow(s);
  const bus = createEventBus((error) => {
    throw error;
  });
  bus.subscribe((event) => s.events.push(event));
  moderation = createModerationService(s.temp.db, bus, s.clock);
});
afterEach(() => s.cleanup());

function paidSeat(buyerName: string, key = buyerKey()) {
  const { purchase } = value(s.purchases.reserve(null, { offerId: live.seat.id, buyerName, buyerKey: key, question: 'Q' }));
  return value(
    s.purchases.applyObservation({ eventId: null, purchaseId: purchase.id, observation: { type: 'payment_authorized', paymentIntentId: `pi_${purchase.id}` } }),
  ).purchase;
}
function acceptedSeat(buyerName: string) {
  const seat = paidSeat(buyerName);
  return value(s.purchases.decide(seat.id, 'accept', HOST, seat.version));
}

describe('the line', () => {
  it('starts in order of payment and moves a seat before another, keeping everyone else in order', () => {
    const [ada, ben, cy] = [acceptedSeat('Ada'), acceptedSeat('Ben'), acceptedSeat('Cy')];
    expect(moderation.line(live.show.id)).toEqual([ada.id, ben.id, cy.id]);
    const state = value(moderation.reorder(cy.id, ada.id, MAYA));
    expect(state.lineOrder).toEqual([cy.id, ada.id, ben.id]);
    expect(moderation.line(live.show.id)).toEqual([cy.id, ada.id, ben.id]);
    value(moderation.reorder(cy.id, null, LEO));
    expect(moderation.line(live.show.id)).toEqual([ada.id, ben.id, cy.id]);
    const moves = s.events.filter((e) => e.type === 'audit.appended' && e.entry.action === 'queue.reorder');
    expect(moves.map((e) => e.type === 'audit.appended' && `${e.entry.actor}: ${e.entry.detail}`)).toEqual([
      'Maya: Hot seat ‘Ask me anything’ for Cy: moved to place 1 of 3 in line',
      'Leo: Hot seat ‘Ask me anything’ for Cy: moved to place 3 of 3 in line',
    ]);
  });

  it('puts a seat accepted after a move at the end of the line', () => {
    const [ada, ben] = [acceptedSeat('Ada'), acceptedSeat('Ben')];
    value(moderation.reorder(ben.id, ada.id, MAYA));
    const cy = acceptedSeat('Cy');
    expect(moderation.line(live.show.id)).toEqual([ben.id, ada.id, cy.id]);
  });

  it('publishes each change with a higher revision', () => {
    const [ada, ben] = [acceptedSeat('Ada'), acceptedSeat('Ben')];
    const before = moderation.state(live.show.id).revision;
    value(moderation.reorder(ben.id, ada.id, MAYA));
    const published = s.events.filter((e) => e.type === 'moderation.updated');
    expect(published).toHaveLength(1);
    expect(published[0]?.type === 'moderation.updated' && published[0].moderation).toMatchObject({ revision: before + 1, lineOrder: [ben.id, ada.id] });
  });

  it('refuses to move a seat that is not in line, or next to one that left it, and changes nothing', () => {
    const waiting = paidSeat('Ada');
    const ben = acceptedSeat('Ben');
    const cy = acceptedSeat('Cy');
    const revision = moderation.state(live.show.id).revision;
    expect(moderation.reorder(waiting.id, null, MAYA)).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'Only accepted seats can be moved in the line; Ada’s seat is waiting for review' },
    });
    value(s.purchases.decide(cy.id, 'reject', HOST, cy.version));
    expect(moderation.reorder(ben.id, cy.id, MAYA)).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'Cannot place it there: Cy’s seat is rejected by Host, no longer in line' },
    });
    expect(moderation.reorder(ben.id, ben.id, MAYA)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(moderation.reorder(live.tip.id.replace('off_', 'pur_'), null, MAYA)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(moderation.state(live.show.id).revision).toBe(revision);
  });
});

describe('notes on a seat', () => {
  it('keeps every note with its author and time, in order, and logs it', () => {
    const seat = paidSeat('Ada');
    const first = value(moderation.addNote(seat.id, 'Wants to talk about the tour', MAYA));
    value(moderation.addNote(seat.id, 'Checked: mic works', HOST));
    expect(first).toMatchObject({ purchaseId: seat.id, author: 'Maya', text: 'Wants to talk about the tour' });
    expect(moderation.state(live.show.id).notes.map((n) => `${n.author}: ${n.text}`)).toEqual(['Maya: Wants to talk about the tour', 'Host: Checked: mic works']);
    expect(s.purchases.recentAudit(1)[0]).toMatchObject({ actor: 'Host', action: 'queue.note', purchaseId: seat.id });
  });
});

describe('blocking a buyer for the show', () => {
  it('rejects their seats still in the queue (hold released, never charged) and hides their held messages', () => {
    const key = buyerKey();
    const waiting = paidSeat('Troll', key);
    const tip = value(s.purchases.reserve(null, { offerId: live.tip.id, buyerName: 'Troll', buyerKey: key, amount: 500, message: 'spam' })).purchase;
    value(s.purchases.applyObservation({ eventId: null, purchaseId: tip.id, observation: { type: 'payment_captured', paymentIntentId: 'pi_tip' } }));
    expect(s.purchases.get(tip.id)?.messageStatus).toBe('held');
    const other = paidSeat('Ada');

    const result = value(moderation.block(waiting.id, 'spamming the chat', MAYA));
    expect(result).toMatchObject({ rejectedSeats: 1, hiddenMessages: 1, blocked: { buyerName: 'Troll', blockedBy: 'Maya', reason: 'spamming the chat' } });
    expect(s.purchases.get(waiting.id)).toMatchObject({ status: 'rejected', decidedBy: 'Maya', paymentActionPending: true });
    expect(s.purchases.moneyActionFor(waiting.id).map((a) => a.kind)).toEqual(['cancel']);
    expect(s.purchases.get(tip.id)).toMatchObject({ status: 'paid', messageStatus: 'rejected' });
    expect(s.purchases.get(other.id)?.status).toBe('pending_review');
    expect(moderation.state(live.show.id).blockedBuyers).toEqual([expect.objectContaining({ purchaseId: waiting.id, buyerName: 'Troll' })]);
  });

  it('refuses new checkouts from a blocked buyer with a clear message, until unblocked', () => {
    const key = buyerKey();
    const seat = paidSeat('Troll', key);
    const { blocked } = value(moderation.block(seat.id, undefined, HOST));
    const refused = s.purchases.reserve(null, { offerId: live.tip.id, buyerName: 'Troll again', buyerKey: key, amount: 500 });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'forbidden',
        message: 'The host’s team has blocked purchases from you for ‘Friday Q&A’. Nothing was charged.',
        reason: { id: 'error.purchases.buyerBlocked', values: { show: 'Friday Q&A' } },
      },
    });
    expect(s.purchases.reserve(null, { offerId: live.tip.id, buyerName: 'Someone else', buyerKey: buyerKey(), amount: 500 }).ok).toBe(true);
    value(moderation.unblock(blocked.id, HOST));
    expect(s.purchases.reserve(null, { offerId: live.tip.id, buyerName: 'Troll', buyerKey: key, amount: 500 }).ok).toBe(true);
  });

  it('refuses to block the same buyer twice, saying by whom, and changes nothing', () => {
    const seat = paidSeat('Troll');
    value(moderation.block(seat.id, undefined, MAYA));
    const audit = s.purchases.recentAudit(1000).length;
    expect(moderation.block(seat.id, undefined, LEO)).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'Troll is already blocked for this show (by Maya)', reason: { id: 'error.queue.alreadyBlockedBy', values: { buyer: 'Troll', blockedBy: 'Maya' } } },
    });
    expect(s.purchases.recentAudit(1000)).toHaveLength(audit);
    expect(moderation.unblock(999, HOST)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('refusals in the page’s language', () => {
  it('sends a seat’s standing as values, which a French page words in French', () => {
    const ben = acceptedSeat('Ben');
    const cy = acceptedSeat('Cy');
    value(s.purchases.decide(cy.id, 'reject', MAYA, cy.version));
    const refused = moderation.reorder(ben.id, cy.id, LEO);
    if (refused.ok) throw new Error('placed a seat next to one out of line');
    expect(refused.error).toEqual({
      code: 'conflict',
      message: 'Cannot place it there: Cy’s seat is rejected by Maya, no longer in line',
      reason: { id: 'error.queue.targetOutOfLine', values: { buyer: 'Cy', status: 'rejected', decided: 'yes', decidedBy: 'Maya' } },
    });
    expect(localizeError(refused.error, 'fr').message).toBe('Impossible de la placer là\u00a0: la place de Cy est refusée par Maya et n’est plus dans la file');
    const waiting = paidSeat('Ada');
    const notAccepted = moderation.reorder(waiting.id, null, LEO);
    expect(!notAccepted.ok && localizeError(notAccepted.error, 'fr').message).toBe(
      'Seules les places acceptées peuvent être déplacées dans la file\u00a0; la place de Ada est en attente d’examen',
    );
  });
});
