import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { airedMs, remainingMs } from '../../../src/shared/air-time';
import { localizeError } from '../../../src/shared/i18n/localize-error';
import { repositories } from '../../../src/main/core/store/repositories';
import { buyerKey, HOST, value } from '../queue/services-fixture';
import { seatStudio, type SeatStudio } from './seat-fixture';

let s: SeatStudio;
beforeEach(() => {
  s = seatStudio();
});
afterEach(() => s.cleanup());

const CONN = 'conn-a';
const seatOf = (seatId: string) => {
  const seat = s.seats.list().find((x) => x.id === seatId);
  if (!seat) throw new Error(`no seat ${seatId}`);
  return seat;
};
const purchaseOf = (id: string) => s.purchases.get(id);
const actions = (purchaseId: string) => s.purchases.moneyActionFor(purchaseId).map((a) => `${a.kind}:${a.status}`);
const now = () => s.clock().getTime();

/** The guest is in the green room, the host put them on air, their media reaches the studio. */
function onAir(seatId: string) {
  value(s.seats.enter(seatId, CONN, null));
  value(s.seats.command(seatId, 'live', HOST));
  value(s.seats.mediaStatus(seatId, CONN, true));
}

describe('seats follow purchases', () => {
  it('an accepted hot seat gets a waiting seat with the paid minutes', () => {
    const { purchase, seatId } = s.acceptedSeat('Ada');
    expect(seatOf(seatId)).toMatchObject({
      purchaseId: purchase.id,
      source: 'purchase',
      guestName: 'Ada',
      stage: 'waiting',
      allowanceSeconds: 3 * 60,
      present: false,
      intervals: [],
    });
    expect(s.events.some((e) => e.type === 'seat.upserted' && e.seat.id === seatId)).toBe(true);
  });

  it('rejecting an accepted seat ends it, and a seat is never created twice', () => {
    const { purchase, seatId } = s.acceptedSeat();
    s.seats.syncWithPurchases();
    expect(s.seats.list().filter((x) => x.purchaseId === purchase.id)).toHaveLength(1);
    value(s.purchases.decide(purchase.id, 'reject', HOST));
    expect(seatOf(seatId)).toMatchObject({ stage: 'ended', outcome: 'cancelled' });
  });
});

describe('startup sync (a crash between a purchase change and its seat change)', () => {
  it('creates the missing seat of an accepted hot seat and ends the seat of a purchase closed meanwhile', () => {
    const lost = s.acceptedSeat('Lost');
    const stale = s.acceptedSeat('Stale');
    const db = s.temp.db;
    db.prepare('DELETE FROM join_tokens WHERE seat_id = ?').run(lost.seatId);
    db.prepare('DELETE FROM seats WHERE id = ?').run(lost.seatId);
    db.prepare("UPDATE purchases SET status = 'rejected' WHERE id = ?").run(stale.purchase.id);

    const restarted = s.restart();
    restarted.syncWithPurchases();
    const seats = restarted.list();
    expect(seats.filter((x) => x.purchaseId === lost.purchase.id && x.stage === 'waiting')).toHaveLength(1);
    expect(seats.find((x) => x.id === stale.seatId)).toMatchObject({ stage: 'ended', outcome: 'cancelled' });

    restarted.syncWithPurchases();
    expect(restarted.list().filter((x) => x.purchaseId === lost.purchase.id)).toHaveLength(1);
  });
});

describe('a seat that could not follow its purchase (issue 17: a durable reaction)', () => {
  it('an accepted buyer whose seat write failed once gets the seat at the next timer tick, without a restart', () => {
    const db = s.temp.db;
    // A real SQLite failure on the seat's insert, as a full disk or a locked file would give.
    db.exec("CREATE TEMP TRIGGER seat_write_fails BEFORE INSERT ON seats BEGIN SELECT RAISE(ABORT, 'disk I/O error (injected)'); END");
    const reservation = value(s.purchases.reserve(null, { offerId: s.live.seat.id, buyerName: 'Grace', buyerKey: buyerKey(), question: 'Why?' }));
    const id = reservation.purchase.id;
    value(s.purchases.attachCheckoutSession(id, `cs_${id}`, 'https://checkout.test/x'));
    value(s.purchases.applyObservation({ eventId: null, purchaseId: id, observation: { type: 'payment_authorized', paymentIntentId: `pi_${id}` } }));
    // The accept itself commits: the host's click is not refused for a seat written after it.
    expect(value(s.purchases.decide(id, 'accept', HOST)).status).toBe('accepted');
    expect(s.seats.list().filter((x) => x.purchaseId === id)).toHaveLength(0);

    // Still failing: the timer tries, and keeps the try due.
    expect(() => s.seats.tick()).toThrow(/injected/);
    expect(s.seats.list().filter((x) => x.purchaseId === id)).toHaveLength(0);

    db.exec('DROP TRIGGER seat_write_fails');
    s.events.length = 0;
    s.seats.tick();
    const seats = s.seats.list().filter((x) => x.purchaseId === id);
    expect(seats).toHaveLength(1);
    expect(seats[0]).toMatchObject({ guestName: 'Grace', stage: 'waiting' });
    expect(s.events.some((e) => e.type === 'seat.upserted' && e.seat.purchaseId === id)).toBe(true);
    // Done once: more ticks create nothing more.
    s.seats.tick();
    s.seats.syncWithPurchases();
    expect(s.seats.list().filter((x) => x.purchaseId === id)).toHaveLength(1);
  });

  it('a seat that could not end with its purchase ends at the next tick', () => {
    const { purchase, seatId } = s.acceptedSeat('Hopper');
    s.temp.db.exec("CREATE TEMP TRIGGER seat_end_fails BEFORE UPDATE ON seats BEGIN SELECT RAISE(ABORT, 'database is locked (injected)'); END");
    value(s.purchases.decide(purchase.id, 'reject', HOST));
    expect(seatOf(seatId).stage).toBe('waiting');
    s.temp.db.exec('DROP TRIGGER seat_end_fails');
    s.seats.tick();
    expect(seatOf(seatId)).toMatchObject({ stage: 'ended', outcome: 'cancelled' });
  });
});

describe('join links', () => {
  it('the receipt shows one stable link that opens exactly this seat; only its hash is stored', () => {
    const { purchase, seatId, receiptToken } = s.acceptedSeat();
    const url = s.seats.joinUrlForReceipt(purchase.id, receiptToken);
    expect(url).toMatch(/^http:\/\/studio\.test\/guest#t=hsj_[A-Za-z0-9_-]{43}$/);
    expect(s.seats.joinUrlForReceipt(purchase.id, receiptToken)).toBe(url);
    const token = new URL(url ?? '').hash.slice(3);
    expect(s.seats.authenticate(token)).toEqual({ seatId, name: 'Ada' });
    const stored = s.temp.db.prepare('SELECT * FROM join_tokens').all();
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(JSON.stringify(stored)).not.toContain(receiptToken);
  });

  it('refuses forged and malformed tokens without saying why', () => {
    s.acceptedSeat();
    expect(s.seats.authenticate(`hsj_${'A'.repeat(43)}`)).toBeNull();
    expect(s.seats.authenticate('hsj_short')).toBeNull();
    expect(s.seats.authenticate('<script>')).toBeNull();
  });

  it('refuses a revoked link with a reason, and the buyer gets a new one on the receipt', () => {
    const { purchase, seatId, receiptToken } = s.acceptedSeat();
    const old = new URL(s.seats.joinUrlForReceipt(purchase.id, receiptToken) ?? '').hash.slice(3);
    value(s.seats.replaceLink(seatId, HOST, false));
    expect(s.seats.authenticate(old)).toMatchObject({ refused: { message: expect.stringContaining('revoked') as string, reason: { id: 'error.guest.linkReplaced' } } });
    const fresh = new URL(s.seats.joinUrlForReceipt(purchase.id, receiptToken) ?? '').hash.slice(3);
    expect(fresh).not.toBe(old);
    expect(s.seats.authenticate(fresh)).toEqual({ seatId, name: 'Ada' });
  });

  it('refuses an expired link', () => {
    const { purchase, receiptToken } = s.acceptedSeat();
    const token = new URL(s.seats.joinUrlForReceipt(purchase.id, receiptToken) ?? '').hash.slice(3);
    s.clock.advance(25 * 60 * 60 * 1000);
    expect(s.seats.authenticate(token)).toMatchObject({ refused: { message: expect.stringContaining('expired') as string, reason: { id: 'error.guest.linkExpired' } } });
  });

  it('a free invite opens its own seat; a new invite link revokes the old one', () => {
    const { seat, joinUrl } = value(s.seats.invite({ name: 'Dr. Who', minutes: 2 }, HOST));
    expect(seat).toMatchObject({ source: 'invite', purchaseId: null, allowanceSeconds: 120, stage: 'waiting' });
    const token = new URL(joinUrl).hash.slice(3);
    expect(s.seats.authenticate(token)).toEqual({ seatId: seat.id, name: 'Dr. Who' });
    const replaced = value(s.seats.replaceLink(seat.id, HOST, true));
    expect(s.seats.authenticate(token)).toHaveProperty('refused');
    expect(s.seats.authenticate(new URL(replaced.joinUrl ?? '').hash.slice(3))).toEqual({ seatId: seat.id, name: 'Dr. Who' });
  });
});

describe('on-air accounting', () => {
  it('runs the clock only while on air with media, pauses on a drop, resumes on return', () => {
    const { seatId } = s.acceptedSeat();
    value(s.seats.enter(seatId, CONN, null));
    value(s.seats.command(seatId, 'live', HOST));
    expect(seatOf(seatId).intervals).toEqual([]); // no media yet: the clock waits
    value(s.seats.mediaStatus(seatId, CONN, true));
    s.clock.advance(4_000);
    value(s.seats.mediaStatus(seatId, CONN, false));
    s.clock.advance(60_000); // away: not counted
    value(s.seats.mediaStatus(seatId, CONN, true));
    s.clock.advance(3_000);
    const seat = seatOf(seatId);
    expect(seat.intervals).toHaveLength(2);
    expect(airedMs(seat.intervals, now())).toBeGreaterThanOrEqual(7_000);
    expect(airedMs(seat.intervals, now())).toBeLessThan(7_100);
    expect(s.seats.view(seatId)).toMatchObject({ stage: 'live', running: true });
  });

  it('charges once the guest has been on air N seconds (default 10), then completes on end', () => {
    const { purchase, seatId } = s.acceptedSeat();
    onAir(seatId);
    expect(purchaseOf(purchase.id)?.status).toBe('on_air');
    s.clock.advance(9_000);
    s.seats.tick();
    expect(actions(purchase.id)).toEqual([]);
    s.clock.advance(1_500);
    s.seats.tick();
    expect(actions(purchase.id)).toEqual(['capture:pending']);
    expect(s.moneyKicks).toBeGreaterThan(0);
    value(s.seats.command(seatId, 'end', HOST));
    expect(purchaseOf(purchase.id)).toMatchObject({ status: 'completed' });
    expect(seatOf(seatId)).toMatchObject({ stage: 'ended', outcome: 'served' });
    expect(actions(purchase.id)).toEqual(['capture:pending']);
  });

  it('charges at go-live under that policy', () => {
    s.settings({ capturePolicy: 'at_go_live' });
    const { purchase, seatId } = s.acceptedSeat();
    onAir(seatId);
    expect(actions(purchase.id)).toEqual(['capture:pending']);
  });

  it('releases the hold when the seat ends before the guest got N seconds', () => {
    const { purchase, seatId } = s.acceptedSeat();
    onAir(seatId);
    s.clock.advance(3_000);
    value(s.seats.command(seatId, 'end', HOST));
    expect(purchaseOf(purchase.id)).toMatchObject({ status: 'cancelled' });
    expect(actions(purchase.id)).toEqual(['cancel:pending']);
    expect(seatOf(seatId)).toMatchObject({ outcome: 'dropped' });
  });

  it('releases the hold when the guest drops before air and the host ends the seat', () => {
    const { purchase, seatId } = s.acceptedSeat();
    value(s.seats.enter(seatId, CONN, null));
    s.seats.connectionClosed(seatId, CONN);
    value(s.seats.command(seatId, 'end', HOST));
    expect(purchaseOf(purchase.id)).toMatchObject({ status: 'cancelled' });
    expect(actions(purchase.id)).toEqual(['cancel:pending']);
  });

  it('ends the seat when the time is up, extension included', () => {
    const { purchase, seatId } = s.acceptedSeat();
    onAir(seatId);
    value(s.seats.extend(seatId, 30, HOST));
    s.clock.advance(180_000);
    s.seats.tick();
    expect(seatOf(seatId).stage).toBe('live');
    s.clock.advance(31_000);
    s.seats.tick();
    expect(seatOf(seatId)).toMatchObject({ stage: 'ended', outcome: 'served' });
    expect(purchaseOf(purchase.id)?.status).toBe('completed');
  });

  it('keeps the remaining time across a studio restart (clock stopped at the last checkpoint)', () => {
    const { seatId } = s.acceptedSeat();
    onAir(seatId);
    s.clock.advance(20_000);
    s.seats.tick(); // checkpoints the running clock
    s.clock.advance(30_000); // the studio is down for a while
    s.restart();
    const seat = seatOf(seatId);
    expect(seat.intervals.every((i) => i.endedAt !== null)).toBe(true);
    const left = remainingMs(seat.allowanceSeconds, seat.intervals, now());
    expect(left).toBeGreaterThan(159_000);
    expect(left).toBeLessThanOrEqual(160_000);
    expect(seat).toMatchObject({ stage: 'live', present: false });
  });

  it('ending the show settles a guest on air by their airtime: charged past N seconds', () => {
    const { purchase, seatId } = s.acceptedSeat();
    onAir(seatId);
    s.clock.advance(12_000);
    value(s.catalog.setShowStatus(s.live.show.id, 'ended', HOST));
    expect(purchaseOf(purchase.id)).toMatchObject({ status: 'completed' });
    expect(actions(purchase.id)).toEqual(['capture:pending']);
    expect(seatOf(seatId)).toMatchObject({ stage: 'ended', outcome: 'served' });
  });

  it('ending the show releases seats that never aired', () => {
    const { purchase, seatId } = s.acceptedSeat();
    value(s.catalog.setShowStatus(s.live.show.id, 'ended', HOST));
    expect(purchaseOf(purchase.id)).toMatchObject({ status: 'cancelled' });
    expect(actions(purchase.id)).toEqual(['cancel:pending']);
    expect(seatOf(seatId)).toMatchObject({ stage: 'ended', outcome: 'dropped' });
  });
});

describe('no-shows', () => {
  it('a called guest who does not join within the grace time is a no-show, not charged', () => {
    s.settings({ noShowGraceSeconds: 30 });
    const { purchase, seatId } = s.acceptedSeat();
    value(s.seats.command(seatId, 'call', HOST));
    expect(s.seats.view(seatId)?.noShowAt).not.toBeNull();
    s.clock.advance(29_000);
    s.seats.tick();
    expect(seatOf(seatId).stage).toBe('called');
    s.clock.advance(2_000);
    s.seats.tick();
    expect(seatOf(seatId)).toMatchObject({ stage: 'ended', outcome: 'no_show' });
    expect(purchaseOf(purchase.id)).toMatchObject({ status: 'no_show' });
    expect(actions(purchase.id)).toEqual(['cancel:pending']);
  });

  it('a guest already in the green room when called, or joining in time, is no no-show', () => {
    s.settings({ noShowGraceSeconds: 30 });
    const a = s.acceptedSeat('Ada');
    const b = s.acceptedSeat('Bo');
    value(s.seats.enter(a.seatId, 'a', null));
    value(s.seats.command(a.seatId, 'call', HOST));
    value(s.seats.command(b.seatId, 'call', HOST));
    s.clock.advance(10_000);
    value(s.seats.enter(b.seatId, 'b', null));
    s.seats.connectionClosed(b.seatId, 'b'); // a network blip after joining
    s.clock.advance(60_000);
    s.seats.tick();
    expect(seatOf(a.seatId).stage).toBe('called');
    expect(seatOf(b.seatId).stage).toBe('called');
  });
});

describe('presence', () => {
  it('a second tab or device takes the seat over: one guest per link', () => {
    const { seatId } = s.acceptedSeat();
    s.seats.connectionOpened(seatId, 'first');
    s.seats.connectionOpened(seatId, 'second');
    expect(value(s.seats.enter(seatId, 'first', null)).replaced).toEqual([]);
    expect(value(s.seats.enter(seatId, 'second', null)).replaced).toEqual(['first']);
    expect(s.seats.isPresent(seatId, 'second')).toBe(true);
    expect(s.seats.isPresent(seatId, 'first')).toBe(false);
    // The old tab closing afterwards does not take the new one out of the green room.
    s.seats.connectionClosed(seatId, 'first');
    expect(seatOf(seatId).present).toBe(true);
  });

  it('puts nobody on air or backstage who is not in the green room', () => {
    const { seatId } = s.acceptedSeat('Ada');
    expect(s.seats.command(seatId, 'live', HOST)).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'Ada is not in the green room right now; wait until they join', reason: { id: 'error.seat.notHere', values: { guest: 'Ada' } } },
    });
    expect(s.seats.command(seatId, 'backstage', HOST).ok).toBe(false);
  });

  it('tells each guest their place in line and a wait estimate from the airtime ahead', () => {
    const a = s.acceptedSeat('Ada');
    const b = s.acceptedSeat('Bo');
    const c = s.acceptedSeat('Cy');
    expect(s.seats.view(b.seatId)).toMatchObject({ placeInLine: 2, waitEstimateSeconds: 180 });
    onAir(a.seatId);
    s.clock.advance(60_000);
    expect(s.seats.view(b.seatId)).toMatchObject({ placeInLine: 1 });
    expect(s.seats.view(b.seatId)?.waitEstimateSeconds).toBeGreaterThanOrEqual(119);
    expect(s.seats.view(b.seatId)?.waitEstimateSeconds).toBeLessThanOrEqual(120);
    expect(s.seats.view(c.seatId)).toMatchObject({ placeInLine: 2 });
    expect(s.seats.view(a.seatId)).toMatchObject({ placeInLine: null, stage: 'live' });
    expect(repositories(s.temp.db).seats.listOpen()).toHaveLength(3);
  });
});

describe('refusals in the page’s language', () => {
  it('words a seat’s refusal and a join link’s in French from their reasons', () => {
    const { seatId } = s.acceptedSeat('Ada');
    const refused = s.seats.command(seatId, 'backstage', HOST);
    if (refused.ok) throw new Error('brought backstage a guest who is not there');
    expect(refused.error.reason).toEqual({ id: 'error.seat.notHere', values: { guest: 'Ada' } });
    expect(localizeError(refused.error, 'fr').message).toBe('Ada n’est pas dans la loge pour le moment\u202f; attendez son arrivée');

    const { seat, joinUrl } = value(s.seats.invite({ name: 'Dr. Who', minutes: 2 }, HOST));
    value(s.seats.replaceLink(seat.id, HOST, true));
    const old = s.seats.authenticate(new URL(joinUrl).hash.slice(3));
    if (!old || !('refused' in old)) throw new Error('the replaced link still opens the seat');
    expect(old.refused).toMatchObject({ code: 'unauthorized', reason: { id: 'error.guest.linkReplaced' } });
    expect(localizeError(old.refused, 'fr').message).toBe('L’hôte a remplacé ou révoqué ce lien d’accès. Demandez-lui le lien actuel (acheteurs\u00a0: rouvrez votre reçu).');
  });
});
