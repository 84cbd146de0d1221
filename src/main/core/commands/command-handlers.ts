import type { StudioSnapshot } from '../../../shared/commands';
import { ok, type Result } from '../../../shared/result';
import type { NetworkSettings } from '../../../shared/settings';
import type { Locale } from '../../../shared/i18n/locale';
import type { PublicAddressStatus } from '../../../shared/public-address';
import { actorOf } from '../auth/principal';
import type { EventBus } from '../bus';
import type { BooksService } from '../books/books-service';
import type { CatalogService } from '../catalog/catalog-service';
import type { ModerationService } from '../moderation/moderation-service';
import type { ModeratorService } from '../moderation/moderator-service';
import type { PaymentsRuntime } from '../payments/payments-runtime';
import type { PurchaseService } from '../queue/purchase-service';
import type { CommandHandlers } from './handler-types';
import type { Links } from '../server/links';
import { createPublicHandlers, type PublicHandlerDeps } from './public-handlers';
import type { StorageHealth } from '../store/storage-health';
import { createObsHandlers, type ObsHandlerDeps } from './obs-handlers';
import { createGuestHandlers, type GuestHandlerDeps } from './guest-handlers';
import { createIceHandlers, type IceHandlerDeps } from './ice-handlers';
import { createModerationHandlers } from './moderation-handlers';
import { createSelfieHandlers } from './selfie-handlers';
import type { SelfieService } from '../selfies/selfie-service';
import { createOverlayHandlers } from './overlay-handlers';
import { createProgramFeedHandlers } from './program-feed-handlers';
import { createMailHandlers, type MailHandlerDeps } from './mail-handlers';

/**
 * What each command does, in terms of the services. Authorization and input validation already
 * happened in the hub (auth/policy.ts, shared/commands.ts); these only act.
 */
export interface CommandDeps {
  catalog: CatalogService;
  purchases: PurchaseService;
  books: BooksService;
  payments: PaymentsRuntime;
  links: Links;
  bus: EventBus;
  hostToken: string;
  network: {
    read(): NetworkSettings;
    write(value: NetworkSettings): NetworkSettings;
    listening(): { bindAddress: string; url: string };
    /** Go public: the address links use now and its health. */
    publicStatus(): PublicAddressStatus;
  };
  /** The creator's language (core/settings/studio-language.ts). */
  language: StudioLanguageStore;
  /** OBS and the program picture. */
  broadcast: ObsHandlerDeps;
  moderators: ModeratorService;
  moderation: ModerationService;
  guests: GuestHandlerDeps;
  /** TURN settings and the ICE servers pages get (core/turn). */
  ice: IceHandlerDeps;
  selfies: SelfieService;
  storage: Pick<StorageHealth, 'status'>;
  public: PublicHandlerDeps;
  mail: MailHandlerDeps;
}

export interface StudioLanguageStore {
  read(): Locale;
  write(language: Locale): Locale;
}

const AUDIT_IN_SNAPSHOT = 200;

export function createCommandHandlers(deps: CommandDeps): CommandHandlers {
  const { catalog, purchases, payments } = deps;
  /** Money actions were written with the decision; wake the worker so Stripe hears now. */
  const thenMoveMoney = <T>(result: Result<T>): Result<T> => {
    if (result.ok) payments.kickMoneyWorker();
    return result;
  };

  return {
    'studio.snapshot': () => ok(snapshot(deps)),
    'show.create': (input, who) => catalog.createShow(input, actorOf(who)),
    'show.update': (input, who) => catalog.updateShow(input.showId, input.patch, actorOf(who)),
    'show.setStatus': (input, who) => thenMoveMoney(catalog.setShowStatus(input.showId, input.status, actorOf(who))),
    'offer.create': (input, who) => catalog.createOffer(input.showId, input.offer, actorOf(who)),
    'offer.update': (input, who) => catalog.updateOffer(input.offerId, input.offer, actorOf(who)),
    'offer.setActive': (input, who) => catalog.setOfferActive(input.offerId, input.active, actorOf(who)),
    'queue.accept': (input, who) => purchases.decide(input.purchaseId, 'accept', actorOf(who), input.expectedVersion),
    'queue.reject': (input, who) =>
      thenMoveMoney(purchases.decide(input.purchaseId, 'reject', actorOf(who), input.expectedVersion, input.reason)),
    'message.approve': (input, who) => purchases.moderateMessage(input.purchaseId, 'approve', actorOf(who), input.expectedVersion),
    'message.reject': (input, who) => purchases.moderateMessage(input.purchaseId, 'reject', actorOf(who), input.expectedVersion),
    'purchase.refund': (input, who) => thenMoveMoney(purchases.requestRefund(input.purchaseId, actorOf(who), input.expectedVersion)),
    'books.summary': (input) => deps.books.summary(input.range),
    'books.export': (input) => deps.books.export(input.range, input.kind),
    'merch.ship': (input, who) => purchases.markShipped(input.purchaseIds, input.trackingNumber, actorOf(who)),
    'settings.network.update': (input) => {
      const saved = deps.network.write(input);
      deps.bus.publish({ type: 'network.updated', network: saved });
      return ok(saved);
    },
    'settings.language.update': (input) => {
      const language = deps.language.write(input.language);
      deps.bus.publish({ type: 'studio.language', language });
      return ok({ language });
    },
    'payments.setKeys': async (input) => {
      const result = await payments.setKeys(input);
      if (result.ok) deps.bus.publish({ type: 'payments.status', payments: result.value });
      return result;
    },
    ...createModerationHandlers(deps),
    ...createGuestHandlers(deps.guests),
    ...createIceHandlers(deps.ice),
    ...createObsHandlers(deps.broadcast),
    ...createSelfieHandlers(deps.selfies),
    ...createPublicHandlers(deps.public),
    ...createOverlayHandlers({ catalog, purchases, program: deps.broadcast.program }),
    ...createProgramFeedHandlers(deps.bus),
    ...createMailHandlers(deps.mail),
  };
}

function snapshot(deps: CommandDeps): StudioSnapshot {
  const shows = deps.catalog.listShows();
  const active = deps.catalog.activeShow();
  // Only the show being run: past shows' purchases would make every reconnect slow.
  const offers = active ? deps.catalog.listOffers(active.id) : [];
  const purchases = active ? deps.purchases.listForShow(active.id) : [];
  return {
    shows,
    activeShowId: active?.id ?? null,
    offers,
    purchases,
    disputes: deps.purchases.awaitingDisputeAnswer(),
    audit: deps.purchases.recentAudit(AUDIT_IN_SNAPSHOT),
    network: deps.network.read(),
    listening: deps.network.listening(),
    publicAddress: deps.network.publicStatus(),
    payments: deps.payments.status(),
    links: {
      studio: deps.links.studio(deps.hostToken),
      store: active ? deps.links.store(active.slug) : null,
      webhook: deps.network.publicStatus().url ? deps.links.webhook() : null,
    },
    moderation: deps.moderation.state(active?.id ?? null),
    storage: deps.storage.status(),
    language: deps.language.read(),
  };
}
