import type { z } from 'zod';
import { readStudioLanguage } from '../settings/studio-language';
import { Offer, OfferInput, ShowInput, ShowStatus, type Show } from '../../../shared/offers';
import { failWith, failZod, ok, type Result } from '../../../shared/result';
import type { StoreView } from '../../../shared/store-api';
import type { Actor } from '../actor';
import { activity, said } from '../activity/activity-said';
import type { ActivityDetail } from '../../../shared/activity-detail';
import type { EventBus } from '../bus';
import { endShowPurchases } from '../queue/show-end';
import { isoNow, systemClock, type Clock } from '../store/clock';
import type { Database } from '../store/db';
import { newId } from '../store/ids';
import { repositories } from '../store/repositories';
import { runUnitOfWork, type Emit } from '../store/unit-of-work';
import { limitsCoverHeld } from './offer-limits';
import { toStoreView } from './store-view';

export interface CatalogService {
  /** Newest first. */
  listShows(): Show[];
  getShow(showId: string): Show | null;
  /** The live show, else the newest draft, else null. */
  activeShow(): Show | null;
  createShow(input: unknown, actor: Actor): Result<Show>;
  updateShow(showId: string, patch: unknown, actor: Actor): Result<Show>;
  /**
   * draft → live → ended. One show is live at a time. Ending a show closes its open purchases
   * (checkouts expired, queued seats cancelled, holds released) in the same transaction.
   */
  setShowStatus(showId: string, status: ShowStatus, actor: Actor): Result<Show>;
  /** In display order. */
  listOffers(showId: string): Offer[];
  createOffer(showId: string, input: unknown, actor: Actor): Result<Offer>;
  updateOffer(offerId: string, input: unknown, actor: Actor): Result<Offer>;
  setOfferActive(offerId: string, active: boolean, actor: Actor): Result<Offer>;
  /** The public store of a live show (the live one when no slug is given). */
  storeView(slug?: string | null): Result<StoreView>;
}

const ShowPatch = ShowInput.partial();

function parse<T>(schema: z.ZodType<T>, input: unknown): Result<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  return failZod('bad_request', parsed.error);
}

const NEXT_STATUS: Record<ShowStatus, ShowStatus | null> = { draft: 'live', live: 'ended', ended: null };

export function createCatalogService(db: Database, bus: EventBus, clock: Clock = systemClock): CatalogService {
  const repos = repositories(db);

  const work = <T>(fn: (emit: Emit, now: string) => Result<T>): Result<T> =>
    runUnitOfWork(db, bus, (emit) => fn(emit, isoNow(clock)));

  const audit = (emit: Emit, now: string, actor: Actor, action: string, detail: ActivityDetail) => {
    const entry = repos.audit.append({ at: now, actor: actor.name, action, purchaseId: null, said: detail });
    emit({ type: 'audit.appended', entry });
  };

  const findShow = (showId: string): Result<Show> => {
    const show = repos.shows.get(showId);
    return show ? ok(show) : failWith('not_found', 'error.show.missing');
  };

  const editableShow = (showId: string): Result<Show> => {
    const show = findShow(showId);
    if (show.ok && show.value.status === 'ended') {
      return failWith('conflict', 'error.show.endedLocked', { title: show.value.title });
    }
    return show;
  };

  const slugTaken = (slug: string, exceptShowId: string | null): Result<never> | null => {
    const other = repos.shows.getBySlug(slug);
    if (!other || other.id === exceptShowId) return null;
    return failWith('conflict', 'error.show.slugTaken', { slug, title: other.title }, { slug: 'field.show.slugTaken' });
  };

  const editableOffer = (offerId: string): Result<{ offer: Offer; show: Show }> => {
    const offer = repos.offers.get(offerId);
    if (!offer) return failWith('not_found', 'error.offer.missing');
    const show = editableShow(offer.showId);
    return show.ok ? ok({ offer, show: show.value }) : show;
  };

  const saveOffer = (emit: Emit, now: string, actor: Actor, offer: Offer, action: string, detail: ActivityDetail) => {
    repos.offers.update(offer, now);
    emit({ type: 'offer.upserted', offer });
    audit(emit, now, actor, action, detail);
    return ok(offer);
  };

  function changeStatus(emit: Emit, now: string, show: Show, status: ShowStatus, actor: Actor): Result<Show> {
    if (show.status === status) return ok(show);
    if (NEXT_STATUS[show.status] !== status) {
      switch (show.status) {
        case 'ended':
          return failWith('conflict', 'error.show.endedGoLive', { title: show.title });
        case 'live':
          return failWith('conflict', 'error.show.liveToDraft', { title: show.title });
        case 'draft':
          return failWith('conflict', 'error.show.draftToEnded', { title: show.title });
      }
    }
    if (status === 'live') {
      const live = repos.shows.live();
      if (live) return failWith('conflict', 'error.show.otherLive', { live: live.title, title: show.title });
    }
    const updated: Show = status === 'live' ? { ...show, status, startedAt: now } : { ...show, status, endedAt: now };
    repos.shows.update(updated);
    const closed = status === 'ended' ? endShowPurchases({ repos, now, emit }, show.id, actor) : [];
    emit({ type: 'show.upserted', show: updated });
    const closedNote = closed.length > 0 ? [said('activity.said.purchasesClosed', { count: closed.length })] : [];
    audit(emit, now, actor, `show.${status}`, activity(null, said('activity.said.showStatus', { title: show.title, status }), ...closedNote));
    return ok(updated);
  }

  return {
    listShows: () => repos.shows.list(),
    getShow: (showId) => repos.shows.get(showId),
    activeShow: () => repos.shows.live() ?? repos.shows.newestDraft(),

    createShow(input, actor) {
      const parsed = parse(ShowInput, input);
      if (!parsed.ok) return parsed;
      return work((emit, now) => {
        const taken = slugTaken(parsed.value.slug, null);
        if (taken) return taken;
        const { language, ...fields } = parsed.value;
        const show: Show = {
          id: newId('shw'),
          ...fields,
          language: language ?? readStudioLanguage(repos.settings),
          status: 'draft',
          createdAt: now,
          startedAt: null,
          endedAt: null,
        };
        repos.shows.insert(show);
        emit({ type: 'show.upserted', show });
        audit(emit, now, actor, 'show.created', activity(null, said('activity.said.showCreated', { title: show.title, slug: show.slug })));
        return ok(show);
      });
    },

    updateShow(showId, patch, actor) {
      const parsed = parse(ShowPatch, patch);
      if (!parsed.ok) return parsed;
      return work((emit, now) => {
        const found = editableShow(showId);
        if (!found.ok) return found;
        const show = found.value;
        const { title, slug, currency, language } = parsed.value;
        if (slug !== undefined && slug !== show.slug) {
          if (show.status === 'live') return failWith('conflict', 'error.show.slugLockedLive');
          const taken = slugTaken(slug, show.id);
          if (taken) return taken;
        }
        if (currency !== undefined && currency !== show.currency && repos.offers.listForShow(show.id).length > 0) {
          return failWith('conflict', 'error.show.currencyLocked', undefined, { currency: 'field.show.currencyLocked' });
        }
        const updated: Show = { ...show, title: title ?? show.title, slug: slug ?? show.slug, currency: currency ?? show.currency, language: language ?? show.language };
        repos.shows.update(updated);
        emit({ type: 'show.upserted', show: updated });
        audit(emit, now, actor, 'show.updated', activity(null, said('activity.said.showUpdated', { title: updated.title })));
        return ok(updated);
      });
    },

    setShowStatus(showId, status, actor) {
      const parsed = parse(ShowStatus, status);
      if (!parsed.ok) return parsed;
      return work((emit, now) => {
        const found = findShow(showId);
        return found.ok ? changeStatus(emit, now, found.value, parsed.value, actor) : found;
      });
    },

    listOffers: (showId) => repos.offers.listForShow(showId),

    createOffer(showId, input, actor) {
      const parsed = parse(OfferInput, input);
      if (!parsed.ok) return parsed;
      return work((emit, now) => {
        const show = editableShow(showId);
        if (!show.ok) return show;
        const offer = Offer.parse({ ...parsed.value, id: newId('off'), showId, active: true, sortOrder: repos.offers.nextSortOrder(showId) });
        repos.offers.insert(offer, now);
        emit({ type: 'offer.upserted', offer });
        audit(emit, now, actor, 'offer.created', activity(null, said('activity.said.offerCreated', { kind: offer.kind, title: offer.title, show: show.value.title })));
        return ok(offer);
      });
    },

    updateOffer(offerId, input, actor) {
      const parsed = parse(OfferInput, input);
      if (!parsed.ok) return parsed;
      return work((emit, now) => {
        const found = editableOffer(offerId);
        if (!found.ok) return found;
        const { offer } = found.value;
        if (parsed.value.kind !== offer.kind) {
          return failWith('conflict', 'error.offer.kindLocked', { kind: offer.kind }, { kind: 'field.offer.kindLocked' });
        }
        const updated = Offer.parse({ ...parsed.value, id: offer.id, showId: offer.showId, active: offer.active, sortOrder: offer.sortOrder });
        const covered = limitsCoverHeld(updated, repos.purchases.heldForOffer(offer.id));
        if (!covered.ok) return covered;
        return saveOffer(emit, now, actor, updated, 'offer.updated', activity(null, said('activity.said.offerUpdated', { kind: updated.kind, title: updated.title })));
      });
    },

    setOfferActive(offerId, active, actor) {
      return work((emit, now) => {
        const found = editableOffer(offerId);
        if (!found.ok) return found;
        const { offer } = found.value;
        if (offer.active === active) return ok(offer);
        const updated = { ...offer, active };
        const verb = active ? 'offer.activated' : 'offer.deactivated';
        return saveOffer(emit, now, actor, updated, verb, activity(null, said('activity.said.offerSale', { open: active ? 'yes' : 'no', title: offer.title })));
      });
    },

    storeView(slug) {
      // One read transaction: offers and held units come from the same snapshot.
      return db.transaction((): Result<StoreView> => {
        const show = slug ? repos.shows.getBySlug(slug) : repos.shows.live();
        if (!show) return slug ? failWith('not_found', 'error.store.noShowHere') : failWith('show_not_live', 'error.store.noShowLive');
        if (show.status !== 'live') {
          return failWith('show_not_live', show.status === 'ended' ? 'error.store.showEnded' : 'error.store.showNotStarted', { title: show.title });
        }
        return ok(toStoreView(show, repos.offers.listForShow(show.id), repos.purchases.heldForShow(show.id)));
      }).deferred();
    },
  };
}
