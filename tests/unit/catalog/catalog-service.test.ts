import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buyerKey, HOST, liveShow, studio, value, type Studio } from '../queue/services-fixture';
import { localizeError } from '../../../src/shared/i18n/localize-error';

let s: Studio;
beforeEach(() => {
  s = studio();
});
afterEach(() => s.cleanup());

const showInput = (slug: string, title = 'Friday Q&A') => ({ title, slug, currency: 'usd' });
const seatInput = { kind: 'hotseat', title: 'AMA', format: 'qa', price: 2000, minutes: 3, perShow: 2, perBuyer: 1 };

describe('shows', () => {
  it('creates a draft show, publishes it and records who did it', () => {
    const show = value(s.catalog.createShow(showInput('friday-qa'), HOST));
    expect(show).toMatchObject({ title: 'Friday Q&A', slug: 'friday-qa', currency: 'usd', status: 'draft', startedAt: null });
    expect(s.catalog.getShow(show.id)).toEqual(show);
    expect(s.events.map((e) => e.type)).toEqual(['show.upserted', 'audit.appended']);
    expect(s.purchases.recentAudit(1)[0]).toMatchObject({ actor: 'Host', action: 'show.created' });
  });

  it('refuses bad input field by field, and changes nothing', () => {
    const result = s.catalog.createShow({ title: '', slug: 'Bad Slug', currency: 'usd' }, HOST);
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    if (result.ok) return;
    expect(Object.keys(result.error.details ?? {})).toEqual(['title', 'slug']);
    expect(s.catalog.listShows()).toEqual([]);
    expect(s.events).toEqual([]);
  });

  it('refuses a slug already used, naming the show that has it', () => {
    value(s.catalog.createShow(showInput('friday-qa', 'First'), HOST));
    expect(s.catalog.createShow(showInput('friday-qa', 'Second'), HOST)).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: 'The address “friday-qa” is already used by ‘First’',
        details: { slug: 'is already used' },
        reason: { id: 'error.show.slugTaken', values: { slug: 'friday-qa', title: 'First' } },
        fieldReasons: { slug: { id: 'field.show.slugTaken' } },
      },
    });
  });

  it('picks the live show as active, else the newest draft', () => {
    expect(s.catalog.activeShow()).toBeNull();
    const older = value(s.catalog.createShow(showInput('older'), HOST));
    const newer = value(s.catalog.createShow(showInput('newer'), HOST));
    expect(s.catalog.activeShow()?.id).toBe(newer.id);
    value(s.catalog.setShowStatus(older.id, 'live', HOST));
    expect(s.catalog.activeShow()?.id).toBe(older.id);
    expect(s.catalog.listShows().map((x) => x.id)).toEqual([newer.id, older.id]);
  });

  it('goes draft → live → ended only, one live show at a time', () => {
    const a = value(s.catalog.createShow(showInput('show-a', 'Show A'), HOST));
    const b = value(s.catalog.createShow(showInput('show-b', 'Show B'), HOST));
    expect(s.catalog.setShowStatus(a.id, 'ended', HOST)).toMatchObject({ ok: false, error: { message: '‘Show A’ has not gone live yet, so it cannot end' } });

    const live = value(s.catalog.setShowStatus(a.id, 'live', HOST));
    expect(live.startedAt).not.toBeNull();
    expect(s.catalog.setShowStatus(a.id, 'live', HOST)).toEqual({ ok: true, value: live });
    expect(s.catalog.setShowStatus(b.id, 'live', HOST)).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'End ‘Show A’ before going live with ‘Show B’', reason: { id: 'error.show.otherLive', values: { live: 'Show A', title: 'Show B' } } },
    });
    expect(s.catalog.setShowStatus(a.id, 'draft', HOST)).toMatchObject({ ok: false, error: { code: 'conflict' } });

    const ended = value(s.catalog.setShowStatus(a.id, 'ended', HOST));
    expect(ended.endedAt).not.toBeNull();
    expect(s.catalog.setShowStatus(a.id, 'live', HOST)).toMatchObject({
      ok: false,
      error: { message: '‘Show A’ has ended; create a new show to go live again' },
    });
    expect(value(s.catalog.setShowStatus(b.id, 'live', HOST)).status).toBe('live');
  });

  it('refuses an unknown status or show', () => {
    const a = value(s.catalog.createShow(showInput('show-a'), HOST));
    expect(s.catalog.setShowStatus(a.id, 'paused' as 'live', HOST)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(s.catalog.setShowStatus('shw_doesnotexist', 'live', HOST)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('keeps the store address while live, the currency once offers exist, and an ended show as it was', () => {
    const show = value(s.catalog.createShow(showInput('show-a'), HOST));
    expect(value(s.catalog.updateShow(show.id, { currency: 'eur', title: 'Renamed' }, HOST))).toMatchObject({ currency: 'eur', title: 'Renamed' });
    value(s.catalog.createOffer(show.id, seatInput, HOST));
    expect(s.catalog.updateShow(show.id, { currency: 'usd' }, HOST)).toMatchObject({ ok: false, error: { code: 'conflict' } });

    value(s.catalog.setShowStatus(show.id, 'live', HOST));
    expect(s.catalog.updateShow(show.id, { slug: 'moved' }, HOST)).toMatchObject({
      ok: false,
      error: { message: 'The store address cannot change while the show is live: viewers have the link' },
    });
    value(s.catalog.setShowStatus(show.id, 'ended', HOST));
    expect(s.catalog.updateShow(show.id, { title: 'Late' }, HOST)).toMatchObject({
      ok: false,
      error: { message: '‘Renamed’ has ended and can no longer be changed' },
    });
    expect(s.catalog.getShow(show.id)?.title).toBe('Renamed');
  });
});

describe('offers', () => {
  it('creates offers in display order with defaults filled in', () => {
    const show = value(s.catalog.createShow(showInput('show-a'), HOST));
    const first = value(s.catalog.createOffer(show.id, seatInput, HOST));
    const second = value(s.catalog.createOffer(show.id, { kind: 'tip', title: 'Tip', minAmount: 100, maxAmount: 1000 }, HOST));
    expect(first).toMatchObject({ sortOrder: 0, active: true, questionRequired: false, description: '' });
    expect(second).toMatchObject({ sortOrder: 1, messageMaxLength: 200, holdMessagesForReview: true });
    expect(s.catalog.listOffers(show.id).map((o) => o.id)).toEqual([first.id, second.id]);
  });

  it('refuses invalid offers with the field at fault', () => {
    const show = value(s.catalog.createShow(showInput('show-a'), HOST));
    const result = s.catalog.createOffer(show.id, { kind: 'tip', title: 'Tip', minAmount: 500, maxAmount: 100 }, HOST);
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request', details: { maxAmount: 'must be at least the minimum amount' } } });
    expect(s.catalog.listOffers(show.id)).toEqual([]);
  });

  it('refuses edits to offers of an ended show', () => {
    const show = value(s.catalog.createShow(showInput('show-a', 'Show A'), HOST));
    const seat = value(s.catalog.createOffer(show.id, seatInput, HOST));
    value(s.catalog.setShowStatus(show.id, 'live', HOST));
    value(s.catalog.setShowStatus(show.id, 'ended', HOST));
    const ended = {
      ok: false,
      error: { code: 'conflict', message: '‘Show A’ has ended and can no longer be changed', reason: { id: 'error.show.endedLocked', values: { title: 'Show A' } } },
    };
    expect(s.catalog.createOffer(show.id, seatInput, HOST)).toEqual(ended);
    expect(s.catalog.updateOffer(seat.id, { ...seatInput, price: 1 }, HOST)).toEqual(ended);
    expect(s.catalog.setOfferActive(seat.id, false, HOST)).toEqual(ended);
  });

  it('never changes an offer kind', () => {
    const show = value(s.catalog.createShow(showInput('show-a'), HOST));
    const seat = value(s.catalog.createOffer(show.id, seatInput, HOST));
    expect(s.catalog.updateOffer(seat.id, { kind: 'gift', title: 'G', price: 100, animation: 'hearts' }, HOST)).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: "An offer's kind cannot change (this one is a hotseat); create a new offer instead" },
    });
  });

  it('refuses to lower stock or seats below what buyers already hold', () => {
    const { shirt, seat } = liveShow(s);
    for (let i = 0; i < 2; i++) value(s.purchases.reserve(null, { offerId: shirt.id, buyerName: 'A', buyerKey: buyerKey(), variantId: 'M' }));
    value(s.purchases.reserve(null, { offerId: seat.id, buyerName: 'A', buyerKey: buyerKey(), question: 'Why?' }));
    value(s.purchases.reserve(null, { offerId: seat.id, buyerName: 'B', buyerKey: buyerKey(), question: 'How?' }));

    const { id: _id, showId: _showId, active: _active, sortOrder: _sortOrder, ...shirtInput } = shirt;
    const lowered = { ...shirtInput, variants: [{ id: 'S', label: 'Small', stock: 1 }, { id: 'M', label: 'size M', stock: 1 }] };
    expect(s.catalog.updateOffer(shirt.id, lowered, HOST)).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: '2 of size M are already sold or reserved; its stock cannot go below 2',
        details: { 'variants.1.stock': 'must be at least 2' },
        reason: { id: 'error.offer.stockBelowHeld', values: { taken: 2, variant: 'size M' } },
        fieldReasons: { 'variants.1.stock': { id: 'field.tooLow', values: { limit: 2 } } },
      },
    });
    const { id: _i, showId: _s, active: _a, sortOrder: _o, ...seatFields } = seat;
    expect(s.catalog.updateOffer(seat.id, { ...seatFields, perShow: 1 }, HOST)).toMatchObject({
      ok: false,
      error: { message: '2 hot seats are already sold or reserved; the limit cannot go below 2' },
    });
    const raised = value(s.catalog.updateOffer(shirt.id, { ...shirtInput, price: 3000 }, HOST));
    expect(raised).toEqual({ ...shirt, price: 3000 });
  });
});

describe('store view', () => {
  it('shows the live show with remaining seats and stock, active offers only', () => {
    const { show, shirt, seat, tip } = liveShow(s);
    value(s.purchases.reserve(null, { offerId: shirt.id, buyerName: 'A', buyerKey: buyerKey(), variantId: 'M' }));
    value(s.purchases.reserve(null, { offerId: seat.id, buyerName: 'A', buyerKey: buyerKey(), question: 'Why?' }));
    value(s.catalog.setOfferActive(tip.id, false, HOST));

    const view = value(s.catalog.storeView());
    expect(view.show).toEqual({ id: show.id, title: show.title, slug: show.slug, currency: 'usd', status: 'live' });
    expect(view.offers.map((o) => o.kind)).toEqual(['gift', 'merch', 'hotseat']);
    expect(view.offers.find((o) => o.kind === 'merch')).toMatchObject({
      variants: [
        { id: 'S', label: 'Small', available: 1 },
        { id: 'M', label: 'size M', available: 1 },
      ],
    });
    expect(view.offers.find((o) => o.kind === 'hotseat')).toMatchObject({ remaining: 2, perBuyer: 1, questionRequired: true });
    expect(value(s.catalog.storeView(show.slug))).toEqual(view);
  });

  it('refuses a show that is not live with show_not_live', () => {
    expect(s.catalog.storeView()).toEqual({ ok: false, error: { code: 'show_not_live', message: 'No show is live right now', reason: { id: 'error.store.noShowLive' } } });
    const draft = value(s.catalog.createShow(showInput('later', 'Later'), HOST));
    expect(s.catalog.storeView(draft.slug)).toEqual({
      ok: false,
      error: { code: 'show_not_live', message: '‘Later’ has not started yet', reason: { id: 'error.store.showNotStarted', values: { title: 'Later' } } },
    });
    expect(s.catalog.storeView('nowhere')).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('refusals in the page’s language', () => {
  it('sends the reason and its values, which a French page words in French', () => {
    const { shirt } = liveShow(s);
    value(s.purchases.reserve(null, { offerId: shirt.id, buyerName: 'A', buyerKey: buyerKey(), variantId: 'M' }));
    const { id: _id, showId: _showId, active: _active, sortOrder: _sortOrder, ...shirtInput } = shirt;
    const lowered = s.catalog.updateOffer(shirt.id, { ...shirtInput, variants: [{ id: 'S', label: 'Small', stock: 1 }, { id: 'M', label: 'size M', stock: 0 }] }, HOST);
    if (lowered.ok) throw new Error('lowering the stock below what is held went through');
    expect(lowered.error.reason).toEqual({ id: 'error.offer.stockBelowHeld', values: { taken: 1, variant: 'size M' } });
    expect(localizeError(lowered.error, 'fr')).toMatchObject({
      message: '1 exemplaire de «\u00a0size M\u00a0» est déjà vendu ou réservé\u202f; son stock ne peut pas descendre sous 1',
      details: { 'variants.1.stock': 'doit être au moins 1' },
    });

    const other = value(s.catalog.createShow(showInput('next-week', 'Next week'), HOST));
    const live = s.catalog.setShowStatus(other.id, 'live', HOST);
    if (live.ok) throw new Error('two shows went live');
    expect(live.error).toMatchObject({ message: 'End ‘Friday Q&A’ before going live with ‘Next week’', reason: { id: 'error.show.otherLive', values: { live: 'Friday Q&A', title: 'Next week' } } });
    expect(localizeError(live.error, 'fr').message).toBe('Terminez «\u00a0Friday Q&A\u00a0» avant de passer en direct avec «\u00a0Next week\u00a0»');
  });
});
