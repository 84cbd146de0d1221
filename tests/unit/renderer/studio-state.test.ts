import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORK } from '../../../src/shared/settings';
import { AUDIT_LIMIT, applyEvent, applyEvents, normalizeSnapshot } from '../../../src/renderer/lib/studio-state';
import { acceptedSeats, pendingSeats, tipsAndGifts } from '../../../src/renderer/lib/studio-selectors';
import { auditEntry, purchase, show, snapshot, tipOffer } from './fixtures';

describe('studio state reducer', () => {
  it('inserts a new purchase and replaces an existing one by id', () => {
    const first = purchase({ id: 'pur_aaaaaaaa01', version: 1 });
    let state = applyEvent(snapshot(), { type: 'purchase.upserted', purchase: first });
    expect(state.purchases.map((p) => p.id)).toEqual(['pur_aaaaaaaa01']);

    const accepted = { ...first, status: 'accepted' as const, version: 2 };
    state = applyEvent(state, { type: 'purchase.upserted', purchase: accepted });
    expect(state.purchases).toHaveLength(1);
    expect(state.purchases[0]?.status).toBe('accepted');
  });

  it('ignores a purchase version older than the one it holds', () => {
    const current = purchase({ status: 'accepted', version: 3 });
    const start = snapshot({ purchases: [current] });
    const stale = { ...current, status: 'pending_review' as const, version: 2 };
    const state = applyEvent(start, { type: 'purchase.upserted', purchase: stale });
    expect(state).toBe(start);
    expect(state.purchases[0]?.status).toBe('accepted');
  });

  it('follows open disputes of any show: in while awaiting an answer, out once answered, never undone by an older version', () => {
    const dispute = { id: 'dp_1', status: 'needs_response' as const, reason: 'fraudulent', amount: 1500, currency: 'usd', openedAt: '2025-05-08T10:00:00.000Z', respondBy: '2025-05-15T23:59:59.000Z' };
    // A past show's purchase: not in the snapshot's purchases, yet its dispute must alert the host.
    const disputed = purchase({ id: 'pur_pastshow01', showId: 'shw_oldshow001', status: 'paid', version: 4, dispute });
    let state = applyEvent(snapshot(), { type: 'purchase.upserted', purchase: disputed });
    expect(state.disputes.map((p) => p.id)).toEqual(['pur_pastshow01']);

    const answered = { ...disputed, version: 5, dispute: { ...dispute, status: 'under_review' as const, respondBy: null } };
    state = applyEvent(state, { type: 'purchase.upserted', purchase: answered });
    expect(state.disputes).toEqual([]);

    // The answered version came first, the opened one late: the late one must not bring the alert back.
    const reordered = applyEvents(snapshot({ disputes: [{ ...disputed, version: 6 }] }), [{ type: 'purchase.upserted', purchase: disputed }]);
    expect(reordered.disputes.map((p) => p.version)).toEqual([6]);
  });

  it('keeps purchases newest first whatever the arrival order', () => {
    const times = ['2025-05-01T18:03:00.000Z', '2025-05-01T18:01:00.000Z', '2025-05-01T18:02:00.000Z'];
    const events = times.map((createdAt, i) => ({
      type: 'purchase.upserted' as const,
      purchase: purchase({ id: `pur_order0000${i}`, createdAt }),
    }));
    const state = applyEvents(snapshot(), events);
    expect(state.purchases.map((p) => p.createdAt)).toEqual([...times].sort().reverse());
  });

  it('keeps offers in sort order and upserts by id', () => {
    const a = tipOffer({ id: 'off_aaaaaaaa01', sortOrder: 2 });
    const b = tipOffer({ id: 'off_bbbbbbbb01', sortOrder: 1 });
    let state = applyEvents(snapshot(), [
      { type: 'offer.upserted', offer: a },
      { type: 'offer.upserted', offer: b },
    ]);
    expect(state.offers.map((o) => o.id)).toEqual(['off_bbbbbbbb01', 'off_aaaaaaaa01']);
    state = applyEvent(state, { type: 'offer.upserted', offer: { ...a, sortOrder: 0, active: false } });
    expect(state.offers.map((o) => [o.id, o.active])).toEqual([
      ['off_aaaaaaaa01', false],
      ['off_bbbbbbbb01', true],
    ]);
  });

  it('makes a show that goes live the active one', () => {
    const other = show({ id: 'shw_bbbbbbbb01', createdAt: '2025-05-02T18:00:00.000Z' });
    const state = applyEvent(snapshot(), { type: 'show.upserted', show: { ...other, status: 'live' } });
    expect(state.activeShowId).toBe('shw_bbbbbbbb01');
    expect(state.shows.map((s) => s.id)).toEqual(['shw_bbbbbbbb01', 'shw_aaaaaaaa01']);
  });

  it('leaves the active show alone when another show is merely edited', () => {
    const other = show({ id: 'shw_bbbbbbbb01', title: 'Next week' });
    const state = applyEvent(snapshot(), { type: 'show.upserted', show: other });
    expect(state.activeShowId).toBe('shw_aaaaaaaa01');
  });

  it('appends audit entries once, newest first, within the window', () => {
    let state = snapshot({ audit: [auditEntry(1)] });
    state = applyEvent(state, { type: 'audit.appended', entry: auditEntry(2) });
    const again = applyEvent(state, { type: 'audit.appended', entry: auditEntry(2) });
    expect(again).toBe(state);
    expect(state.audit.map((e) => e.id)).toEqual([2, 1]);

    const many = Array.from({ length: AUDIT_LIMIT + 5 }, (_, i) => ({ type: 'audit.appended' as const, entry: auditEntry(i + 10) }));
    state = applyEvents(state, many);
    expect(state.audit).toHaveLength(AUDIT_LIMIT);
    expect(state.audit[0]?.id).toBe(AUDIT_LIMIT + 14);
  });

  it('replaces network and payments status', () => {
    const state = applyEvents(snapshot(), [
      { type: 'network.updated', network: { ...DEFAULT_NETWORK, bindAddress: '0.0.0.0', publicBaseUrl: 'https://show.example.com', publicMode: 'own_url' } },
      {
        type: 'payments.status',
        payments: { mode: 'stripe', keyHint: '4242', webhookConfigured: true, lastPollAt: null, lastError: null },
      },
    ]);
    expect(state.network.publicBaseUrl).toBe('https://show.example.com');
    expect(state.payments.mode).toBe('stripe');
  });

  it('normalizes a snapshot into the same order the reducer keeps', () => {
    const older = purchase({ id: 'pur_older00001', createdAt: '2025-05-01T18:00:00.000Z' });
    const newer = purchase({ id: 'pur_newer00001', createdAt: '2025-05-01T19:00:00.000Z' });
    const state = normalizeSnapshot(snapshot({ purchases: [older, newer], audit: [auditEntry(1), auditEntry(3)] }));
    expect(state.purchases.map((p) => p.id)).toEqual(['pur_newer00001', 'pur_older00001']);
    expect(state.audit.map((e) => e.id)).toEqual([3, 1]);
  });
});

describe('studio selectors', () => {
  it('orders pending and accepted seats by payment time, first paid first', () => {
    const state = snapshot({
      purchases: [
        purchase({ id: 'pur_late000001', paidAt: '2025-05-01T18:30:00.000Z' }),
        purchase({ id: 'pur_early00001', paidAt: '2025-05-01T18:05:00.000Z' }),
        purchase({ id: 'pur_second0001', status: 'accepted', paidAt: '2025-05-01T18:20:00.000Z' }),
        purchase({ id: 'pur_first00001', status: 'accepted', paidAt: '2025-05-01T18:02:00.000Z' }),
        purchase({ id: 'pur_other00001', showId: 'shw_bbbbbbbb01' }),
      ],
    });
    expect(pendingSeats(state, 'shw_aaaaaaaa01').map((p) => p.id)).toEqual(['pur_early00001', 'pur_late000001']);
    expect(acceptedSeats(state, 'shw_aaaaaaaa01').map((p) => p.id)).toEqual(['pur_first00001', 'pur_second0001']);
  });

  it('lists only paid or refunded tips and gifts in the feed', () => {
    const state = snapshot({
      purchases: [
        purchase({ id: 'pur_tippaid001', kind: 'tip', format: null, status: 'paid' }),
        purchase({ id: 'pur_tipopen001', kind: 'tip', format: null, status: 'pending_payment' }),
        purchase({ id: 'pur_giftref001', kind: 'gift', format: null, status: 'refunded' }),
      ],
    });
    expect(tipsAndGifts(state, 'shw_aaaaaaaa01').map((p) => p.id).sort()).toEqual(['pur_giftref001', 'pur_tippaid001']);
  });
});
