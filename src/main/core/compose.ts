import { join } from 'node:path';
import type { Health } from '../../shared/store-api';
import type { AppErrorShape } from '../../shared/result';
import { tokensEqual } from './auth/host-token';
import type { Principal } from './auth/principal';
import { createBooksService } from './books/books-service';
import { createEventBus } from './bus';
import { createCatalogService } from './catalog/catalog-service';
import { createCommandHandlers } from './commands/command-handlers';
import { followSeatsWithChapters } from './obs/seat-chapters';
import { createFrameStash } from './selfies/frame-stash';
import { createSelfieService } from './selfies/selfie-service';
import { startMail } from './mail/mail-runtime';
import { startBroadcast } from './program/broadcast-runtime';
import { startGuests } from './guests/guests-runtime';
import { readGuestSettings } from './settings/guest-settings';
import { createIceConfig, iceSubjectOf } from './turn/ice-config';
import { createTurnSettingsStore } from './turn/turn-settings';
import { consoleLogger } from './log';
import { openFileLog, teeLogger } from './logs/file-log';
import { createModerationService } from './moderation/moderation-service';
import { createModeratorService } from './moderation/moderator-service';
import { createPresence } from './moderation/moderator-presence';
import { startPayments } from './payments/payments-runtime';
import { startCheckout } from './payments/start-checkout';
import { createOpenCheckoutTracker } from './queue/open-checkouts';
import { createPurchaseService } from './queue/purchase-service';
import { createAuthFailures } from './server/auth-failures';
import { buildHttpServer } from './server/http-server';
import type { Hub } from './server/ws-hub';
import { createLinks, localBaseUrl } from './server/links';
import { isAllowedOrigin } from './server/origin-policy';
import { REHEARSAL_CHECKOUT_PREFIX } from './server/routes/rehearsal-checkout';
import { loadOrCreateHostToken } from './settings/host-token-setting';
import { readNetworkSettings, writeNetworkSettings } from './settings/network-settings';
import { readStudioLanguage, writeStudioLanguage } from './settings/studio-language';
import { randomBytes } from 'node:crypto';
import { openEdgeIngress, type EdgeIngress } from './public/edge-ingress';
import { createPublicAddressService, TRUSTED_HOST_KEY_SETTING } from './public/public-address-service';
import { createReachCheck } from './public/reach-check';
import { observeWrites, openDatabase, STUDIO_BUSY_TIMEOUT_MS } from './store/db';
import { createStorageHealth } from './store/storage-health';
import { startStorageProbe } from './store/storage-probe';
import { repositories } from './store/repositories';
import { DEFAULT_LIMITS, type Studio, type StudioLimits, type StudioOptions, type StudioTuning } from './studio';

/** Opening a Checkout Session takes seconds; a reservation this old without one was orphaned by a crash. */
const ORPHANED_RESERVATION_MS = 2 * 60_000;

export async function startStudio(options: StudioOptions & { tuning?: StudioTuning }): Promise<Studio> {
  const logsDir = options.logsDir ?? join(options.dataDir, 'logs');
  const files = options.log ? null : openFileLog(logsDir);
  const log = options.log ?? (files ? teeLogger(consoleLogger(), files) : consoleLogger());
  const db = openDatabase(join(options.dataDir, 'hotseat.sqlite'), { busyTimeoutMs: STUDIO_BUSY_TIMEOUT_MS });
  // Whether saving works (a locked database, a full disk): from every write, told to the host.
  const storage = createStorageHealth();
  observeWrites(db, { committed: () => storage.succeeded(), failed: (error) => storage.failed(error) });
  const closers: (() => Promise<void> | void)[] = [() => files?.close(), () => void db.close()];
  const close = async () => {
    for (const closer of closers.reverse()) await closer();
  };
  try {
    const bus = createEventBus((error) => log.error('event listener failed', { error }));
    closers.push(storage.onChange((status) => bus.publish({ type: 'storage.status', storage: status })));
    const { settings } = repositories(db);
    const hostToken = loadOrCreateHostToken(settings);
    closers.push(startStorageProbe(db, storage, settings));
    const catalog = createCatalogService(db, bus);
    const purchases = createPurchaseService(db, bus);
    const moderation = createModerationService(db, bus);
    // The hub exists once the server is built; revoking before that has no open pages to cut.
    let hub: Hub | null = null;
    // Pages also close while the studio shuts down, after the database: then there is no one to tell.
    const presence = createPresence(() => {
      if (db.open) moderators.publishList();
    });
    const moderators = createModeratorService({ db, bus, presence, cut: (inviteId, reason) => hub?.disconnect(inviteId, reason) });
    const expirySweep = setInterval(() => moderators.cutExpired(), 5_000);
    expirySweep.unref();
    closers.push(() => clearInterval(expirySweep));
    const limits: StudioLimits = { ...DEFAULT_LIMITS, ...options.tuning?.limits };
    const openCheckouts = createOpenCheckoutTracker((id) => purchases.get(id)?.status === 'pending_payment');
    const authFailures = createAuthFailures(limits.wrongTokens);
    purchases.expireStaleReservations(ORPHANED_RESERVATION_MS);
    const sweeper = setInterval(() => {
      if (storage.shouldWait()) return;
      try {
        purchases.expireStaleReservations(ORPHANED_RESERVATION_MS);
        openCheckouts.prune();
      } catch (error) {
        // A locked database or a full disk: the next sweep tries again (the host is told by `storage`).
        log.warn('reservation sweep failed', { error });
      }
    }, 60_000);
    sweeper.unref();
    closers.push(() => clearInterval(sweeper));
    const bindHost = options.host ?? readNetworkSettings(settings).bindAddress;
    let localBase: string | null = null;
    if (options.publicAccess) {
      writeNetworkSettings(settings, { ...readNetworkSettings(settings), ...options.publicAccess.network });
      if (options.publicAccess.trustedHostKey) settings.set(TRUSTED_HOST_KEY_SETTING, options.publicAccess.trustedHostKey);
    }
    // Told apart from any other studio answering on the same public address (public/reach-check.ts).
    const instanceId = randomBytes(12).toString('base64url');
    let ingress: EdgeIngress | null = null;
    const publicTuning = options.tuning?.publicAddress;
    const publicAddress = createPublicAddressService({
      secrets: options.secrets,
      settings,
      log,
      ingressPort: () => {
        if (!ingress) throw new Error('the edge ingress is not open yet');
        return ingress.port;
      },
      check: publicTuning?.check?.(instanceId) ?? createReachCheck(instanceId),
      ngrokApi: publicTuning?.ngrokApi ?? (() => import('@ngrok/ngrok')),
      ...(publicTuning?.timing ? { timing: publicTuning.timing } : {}),
    });
    const links = createLinks(
      () => localBase ?? 'http://127.0.0.1',
      () => publicAddress.url(),
    );
    // The program picture's way into OBS: settings, the live program feed, the OBS driver.
    const broadcast = startBroadcast({
      settings,
      secrets: options.secrets,
      bus,
      log,
      localBase: () => links.local(),
      isHostToken: (token) => tokensEqual(token, hostToken),
      publicStoreUrl: () => {
        const show = catalog.activeShow();
        return show && publicAddress.url() ? links.store(show.slug) : null;
      },
      showLanguage: () => catalog.activeShow()?.language ?? readStudioLanguage(settings),
    });
    closers.push(() => broadcast.close());
    // The store card and the on-stream language follow the running show (a new show, a renamed slug, its language).
    closers.push(
      bus.subscribe((event) => {
        if (event.type === 'show.upserted') broadcast.handlerDeps.program.runningShowChanged();
      }),
    );

    const payments = await startPayments({
      dataDir: options.dataDir,
      secrets: options.secrets,
      ledger: purchases,
      log,
      localWebhookUrl: () => (localBase ? `${localBase}/api/stripe/webhook` : null),
      rehearsalCheckoutBase: () => (localBase ? links.base() : null),
      rehearsalPagePrefix: REHEARSAL_CHECKOUT_PREFIX,
      ...(options.stripeEndpoint ? { stripeEndpointOverride: options.stripeEndpoint } : {}),
      ...(options.tuning ?? {}),
    });
    closers.push(() => payments.close());
    // TURN for guests behind NAT: credentials minted per page from the secret, which stays here.
    const turn = createTurnSettingsStore(settings, options.secrets, options.turnUrls ?? []);
    const ice = createIceConfig({ turnUrls: () => turn.read().urls, turnSecret: () => turn.secret(), manualServers: () => readGuestSettings(settings).iceServers });
    const guests = startGuests({
      db,
      bus,
      log,
      iceServersFor: (who) => ice.forPage(iceSubjectOf(who)).iceServers,
      joinUrl: (token) => links.join(token),
      moneyActionsAdded: () => payments.kickMoneyWorker(),
      cut: (subject, reason, kind) => hub?.disconnect(subject, reason, kind),
      storage,
    });
    closers.push(() => guests.close());
    // TURN changed: the guest settings are published again as they are (host pages fetch fresh ICE
    // servers on guests.settings) and guests in line get new views carrying the new servers.
    const iceHandlerDeps = { ice, turn, bus, iceChanged: () => void guests.seats.updateSettings(guests.seats.settings()) };
    // A recording chapter marker at each hot seat (where OBS can).
    const stopChapters = followSeatsWithChapters({ bus, obs: broadcast.handlerDeps.obs, log, seatsNow: () => guests.seats.list(null) });
    closers.push(() => void stopChapters());
    // Selfies for selfie seats: shot from OBS (or the studio page's frame), kept in the data folder.
    const frames = createFrameStash();
    const selfies = createSelfieService({ db, bus, log, dataDir: options.dataDir, frames, obs: broadcast.handlerDeps.obs });
    // Email to buyers: the outbox worker sends in the background; closed before the database.
    const mail = startMail({ db, bus, log, secrets: options.secrets, links, ...(options.tuning?.mail ? { tuning: options.tuning.mail } : {}) });
    closers.push(() => mail.close());

    const authenticate = (token: string): Principal | { refused: AppErrorShape } | null => {
      if (tokensEqual(token, hostToken)) return { role: 'host', subject: 'host', name: 'Host' };
      // The program key OBS holds opens the alert overlay's view and nothing more (auth/overlay-view.ts).
      if (broadcast.access.allows(token)) return { role: 'overlay', subject: 'overlay', name: 'Overlay' };
      const moderator = moderators.authenticate(token);
      if (moderator) return moderator;
      const guest = guests.authenticate(token);
      if (guest) return guest;
      const receipt = purchases.receiptByToken(token);
      if (!receipt.ok) return null;
      return { role: 'viewer', subject: receipt.value.purchaseId, purchaseId: receipt.value.purchaseId, name: receipt.value.buyerName, token };
    };

    const health = (): Health => {
      let dbOk = true;
      try {
        db.prepare('SELECT 1').get();
      } catch {
        dbOk = false;
      }
      return { ok: dbOk, db: dbOk ? 'ok' : 'error', payments: payments.mode(), version: options.version, studio: instanceId };
    };

    // Asked on every request (client-address.ts): kept in memory, refreshed when the host saves.
    let trustedProxies = readNetworkSettings(settings).trustedProxies;
    const network = {
      read: () => readNetworkSettings(settings),
      write: (value: Parameters<typeof writeNetworkSettings>[1]) => {
        const saved = writeNetworkSettings(settings, value);
        trustedProxies = saved.trustedProxies;
        publicAddress.apply(saved);
        payments.refreshUrls();
        return saved;
      },
      listening: () => ({ bindAddress: bindHost, url: localBase ?? '' }),
      publicStatus: () => publicAddress.status(),
    };

    const { app, hub: builtHub, routes } = await buildHttpServer({
      pagesDir: options.pagesDir,
      log,
      storage,
      payments,
      trustedProxies: () => trustedProxies,
      fromEdge: (socket) => ingress?.isEdgeSocket(socket) ?? false,
      authFailures,
      program: { ...broadcast.routes, isAllowedOrigin: (origin, host) => isAllowedOrigin(origin, host, publicAddress.url()) },
      selfies: {
        frames,
        isHostToken: (token) => tokensEqual(token, hostToken),
        isAllowedOrigin: (origin, host) => isAllowedOrigin(origin, host, publicAddress.url()),
        receiptPurchase: (token) => {
          const receipt = purchases.receiptByToken(token);
          return receipt.ok ? { ok: true, value: receipt.value.purchaseId } : receipt;
        },
        fileForPurchase: (purchaseId, selfieId) => selfies.fileForPurchase(purchaseId, selfieId),
        fileForHost: (selfieId) => selfies.fileForHost(selfieId),
        readsPerMinute: limits.readsPerMinute,
      },
      support: { logsDir, isHostToken: (token) => tokensEqual(token, hostToken), facts: () => ({ version: options.version, platform: `${process.platform} ${process.arch}`, node: process.version, now: new Date() }) },
      publicApi: {
        health,
        storeView: (slug) => catalog.storeView(slug),
        startCheckout: (body, client) =>
          startCheckout(
            {
              reserve: (request) => purchases.reserve(null, request, openCheckouts.forClient(client, limits.openCheckoutsPerClient)),
              opened: (id) => openCheckouts.remember(client, id),
              attachCheckoutSession: (id, sessionId, url) => purchases.attachCheckoutSession(id, sessionId, url),
              abandonReservation: (id, reason) => purchases.abandonReservation(id, reason),
              gateway: () => payments.gateway(),
              receiptUrl: (token) => links.receipt(token),
              storeUrl: (slug) => links.store(slug),
              moneyActionsAdded: () => payments.kickMoneyWorker(),
              log,
            },
            body,
          ),
        receipt: (token) => guests.withJoinUrl(purchases.receiptByToken(token), token),
        resendReceipts: (body) => mail.resendReceipts(body),
        limits,
      },
      hub: {
        authenticate,
        handlers: createCommandHandlers({ catalog, purchases, books: createBooksService(db), payments, links, bus, hostToken, network, language: { read: () => readStudioLanguage(settings), write: (value) => writeStudioLanguage(settings, value) }, moderators, moderation, storage, guests: guests.handlerDeps, ice: iceHandlerDeps, broadcast: broadcast.handlerDeps, selfies, public: { publicAddress, secrets: options.secrets }, mail: mail.handlerDeps }),
        storage,
        onPresence: (principal, open) => {
          guests.onPresence(principal, open);
          if (principal.role !== 'moderator') return;
          if (open) presence.opened(principal.subject);
          else presence.closed(principal.subject);
        },
        bus,
        log,
        isAllowedOrigin: (origin, host) => isAllowedOrigin(origin, host, publicAddress.url()),
        receiptFor: (principal) => {
          if (principal.role !== 'viewer') return null;
          const receipt = guests.withJoinUrl(purchases.receiptByToken(principal.token), principal.token);
          return receipt.ok ? receipt.value : null;
        },
      },
    });
    hub = builtHub;
    closers.push(() => app.close());

    try {
      await app.listen({ host: bindHost, port: options.port });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') throw new Error(`Port ${options.port} is already in use. Is another Hotseat studio running? Choose another port.`);
      if (code === 'EADDRNOTAVAIL') throw new Error(`This computer has no address ${bindHost}. Check the bind address in Settings.`);
      throw error;
    }
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    localBase = localBaseUrl(bindHost, port);
    // The studio's own tunnels come in through their own door, after the server is listening.
    const openedIngress = await openEdgeIngress(app.server);
    ingress = openedIngress;
    closers.push(() => openedIngress.close());
    let publishedUrl = publicAddress.url();
    closers.push(
      publicAddress.onChange((status) => {
        bus.publish({ type: 'public.status', status });
        // Checkout returns and the webhook address follow the public address.
        if (status.url !== publishedUrl) {
          publishedUrl = status.url;
          payments.refreshUrls();
          broadcast.handlerDeps.program.runningShowChanged();
        }
      }),
    );
    // Closed first on the way out: no viewer arrives through a tunnel while the server shuts; and
    // the outbox stops taking new messages at once, recording the one on the wire (again is a no-op).
    closers.push(() => publicAddress.close());
    closers.push(() => mail.close());
    publicAddress.apply(readNetworkSettings(settings));
    payments.refreshUrls();
    broadcast.start();
    log.info('studio listening', { url: localBase, payments: payments.mode() });

    return {
      url: localBase,
      studioUrl: links.studio(hostToken),
      hostToken,
      routes: () => routes,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
