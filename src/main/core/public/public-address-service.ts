import { said } from '../../../shared/i18n/said';
import { reconnectDelay, type BackoffOptions } from '../../../shared/backoff';
import { OFF_PUBLIC_STATUS, type PublicAddressStatus } from '../../../shared/public-address';
import type { NetworkSettings } from '../../../shared/settings';
import type { Logger } from '../log';
import type { SecretStore } from '../secrets';
import { publicModeOf } from '../settings/network-settings';
import type { SettingsRepo } from '../store/settings-repo';
import type { NgrokApi } from './ngrok-tunnel';
import { openNgrokTunnel } from './ngrok-tunnel';
import type { PublicAddress } from './public-address';
import type { ReachCheck } from './reach-check';
import { loadOrCreateSshIdentity, type SshIdentity } from './ssh-identity';
import { openSshTunnel } from './ssh-tunnel';
import { TunnelError, type Tunnel } from './tunnel';

/** The server host key fingerprint trusted for the own-server tunnel (not a secret: a public key's hash). */
export const TRUSTED_HOST_KEY_SETTING = 'publicSshHostKey';

export interface PublicAddressDeps {
  secrets: SecretStore;
  settings: SettingsRepo;
  log: Logger;
  /** The edge ingress port (public/edge-ingress.ts), known once the studio listens. */
  ingressPort: () => number;
  check: ReachCheck;
  /** Loaded only when ngrok is chosen: its native agent costs nothing otherwise. */
  ngrokApi?: () => Promise<NgrokApi>;
  /** For headless runs with the creator's own key file (`serve --ssh-key-file`). */
  sshIdentity?: () => SshIdentity;
  timing?: Partial<PublicTiming>;
}

export interface PublicTiming {
  backoff: BackoffOptions;
  /** How often a healthy address is checked from outside again. */
  recheckMs: number;
  /** How soon a failed check is tried again. */
  recheckAfterFailureMs: number;
  random: () => number;
}

const DEFAULT_TIMING: PublicTiming = { backoff: { baseMs: 1_000, maxMs: 30_000 }, recheckMs: 60_000, recheckAfterFailureMs: 10_000, random: Math.random };

/**
 * Runs the chosen way of going public and keeps it up: opens the tunnel, checks the address from
 * outside, reconnects a dropped tunnel by itself with backoff, and stops retrying only where
 * retrying cannot help (a refused key or token, a changed host key, missing settings) until the
 * creator changes something. Every change of state reaches the studio as one status.
 *
 * Links: `url()` is the tunnel's address while it is open, and while a tunnel with a fixed address
 * (own server, a reserved ngrok domain) reconnects: links handed out in a blip must still work
 * after it. It is null when nothing works (refused, not set up, another studio answering), so no
 * link ever names an address that cannot come back by itself.
 */
export function createPublicAddressService(deps: PublicAddressDeps): PublicAddress {
  const timing = { ...DEFAULT_TIMING, ...deps.timing };
  const listeners = new Set<(status: PublicAddressStatus) => void>();
  let status: PublicAddressStatus = OFF_PUBLIC_STATUS;
  let network: NetworkSettings | null = null;
  let generation = 0;
  let tunnel: Tunnel | null = null;
  /** Reconnects and rechecks run on separate clocks: a check finishing late never cancels a reconnect. */
  let retryTimer: NodeJS.Timeout | null = null;
  let checkTimer: NodeJS.Timeout | null = null;
  /** The address being watched from outside; checks of any other (a dropped tunnel's) are void. */
  let watched: string | null = null;
  let offeredHostKey: string | null = null;
  let checks = new AbortController();

  const set = (patch: Partial<PublicAddressStatus>) => {
    status = { ...status, ...patch };
    for (const listener of listeners) listener(status);
  };
  const retryLater = (ms: number, run: () => void) => {
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = setTimeout(run, ms);
    retryTimer.unref();
  };
  const checkLater = (ms: number, run: () => void) => {
    if (checkTimer) clearTimeout(checkTimer);
    checkTimer = setTimeout(run, ms);
    checkTimer.unref();
  };
  const unwatch = () => {
    watched = null;
    checks.abort();
    checks = new AbortController();
    if (checkTimer) clearTimeout(checkTimer);
    checkTimer = null;
  };
  const watch = (gen: number, address: string) => {
    unwatch();
    watched = address;
    void check(gen, address);
  };
  const stop = async () => {
    generation += 1;
    unwatch();
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = null;
    const open = tunnel;
    tunnel = null;
    if (open) await open.close().catch((error: unknown) => deps.log.warn('tunnel did not close cleanly', { error }));
  };
  const trustedHostKey = () => deps.settings.get(TRUSTED_HOST_KEY_SETTING);
  const identity = (): SshIdentity => (deps.sshIdentity ? deps.sshIdentity() : loadOrCreateSshIdentity(deps.secrets));
  const fixedAddress = (value: NetworkSettings) => publicModeOf(value) === 'own_server' || value.ngrok.domain !== null;

  /** Checks `address` (the open tunnel's, or the creator's own URL) from outside, again and again. */
  const check = async (gen: number, address: string) => {
    const current = () => gen === generation && watched === address;
    if (!current()) return;
    const result = await deps.check(address, checks.signal);
    if (!current()) return;
    const checkedAt = new Date().toISOString();
    if (result.ok) {
      set({ state: 'public', url: address, reachable: true, checkedAt, problem: null });
      checkLater(timing.recheckMs, () => void check(gen, address));
      return;
    }
    deps.log.warn('public address check failed', { code: result.problem.code });
    // Another studio answering is worse than no address: links must not send buyers there. An
    // address that merely does not answer yet keeps its links (they work once it does).
    set({ state: 'failing', reachable: false, checkedAt, problem: result.problem, ...(result.problem.code === 'other_studio' ? { url: null } : {}) });
    checkLater(timing.recheckAfterFailureMs, () => void check(gen, address));
  };

  const open = (value: NetworkSettings): Promise<Tunnel> => {
    const mode = publicModeOf(value);
    if (mode === 'own_server') {
      const server = value.ownServer;
      if (!server) return Promise.reject(new TunnelError('config', said('error.public.serverMissing'), false));
      let key: SshIdentity;
      try {
        key = identity();
      } catch (error) {
        return Promise.reject(new TunnelError('config', said('error.public.sshKeyUnavailable', { detail: (error as Error).message }), false));
      }
      return openSshTunnel({
        ...server,
        privateKey: key.privateKey,
        trustedHostKey: trustedHostKey(),
        hostKeySeen: (fingerprint) => {
          if (trustedHostKey() === null) deps.settings.set(TRUSTED_HOST_KEY_SETTING, fingerprint);
        },
        targetPort: deps.ingressPort(),
      });
    }
    const authtoken = deps.secrets.get('ngrokAuthtoken');
    if (!authtoken) return Promise.reject(new TunnelError('config', said('error.public.ngrokTokenMissing'), false));
    if (!deps.ngrokApi) return Promise.reject(new TunnelError('config', said('error.public.ngrokMissing'), false));
    return deps.ngrokApi().then((api) => openNgrokTunnel({ authtoken, domain: value.ngrok.domain, targetPort: deps.ingressPort(), api }));
  };

  const connect = async (gen: number, value: NetworkSettings, attempt: number) => {
    set({ state: 'connecting', attempt, retryAt: null, ...(fixedAddress(value) ? {} : { url: null }) });
    let opened: Tunnel;
    try {
      opened = await open(value);
    } catch (error) {
      if (gen !== generation) return;
      // An unknown throw has no words of ours: its own text, as it came.
      const failure = error instanceof TunnelError ? error : new TunnelError('unreachable', String(error), true);
      offeredHostKey = failure.offeredHostKey;
      deps.log.warn('tunnel did not open', { code: failure.code, message: failure.message });
      if (!failure.retryable) {
        set({ state: 'failing', url: null, reachable: null, problem: failure.problem(), retryAt: null, offeredHostKey });
        return;
      }
      const delay = reconnectDelay(attempt + 1, timing.backoff, timing.random);
      set({ state: 'failing', problem: failure.problem(), retryAt: new Date(Date.now() + delay).toISOString(), attempt: attempt + 1, ...(status.url && fixedAddress(value) ? {} : { url: null }) });
      retryLater(delay, () => void connect(gen, value, attempt + 1));
      return;
    }
    if (gen !== generation) {
      await opened.close();
      return;
    }
    tunnel = opened;
    deps.log.info('public address open', { url: opened.url });
    set({ state: 'public', url: opened.url, attempt: 0, retryAt: null, problem: null, reachable: null, trustedHostKey: trustedHostKey(), offeredHostKey: null });
    watch(gen, opened.url);
    void opened.dropped.then((drop) => {
      if (gen !== generation || tunnel !== opened) return;
      tunnel = null;
      unwatch();
      // What is left of it (ngrok's session would keep reconnecting on its own) goes before a new one opens.
      void opened.close().catch(() => {});
      deps.log.warn('tunnel dropped', { message: drop.message });
      const delay = reconnectDelay(1, timing.backoff, timing.random);
      set({ state: 'connecting', problem: drop.problem(), reachable: null, retryAt: new Date(Date.now() + delay).toISOString(), attempt: 1, ...(fixedAddress(value) ? {} : { url: null }) });
      retryLater(delay, () => void connect(gen, value, 1));
    });
  };

  const start = (value: NetworkSettings) => {
    const mode = publicModeOf(value);
    const gen = generation;
    const base = {
      ...OFF_PUBLIC_STATUS,
      mode,
      trustedHostKey: trustedHostKey(),
      sshPublicKey: mode === 'own_server' ? safePublicKey() : null,
      ngrokTokenSet: deps.secrets.get('ngrokAuthtoken') !== null,
    };
    status = base;
    if (mode === 'off') return set({});
    if (mode === 'own_url') {
      if (!value.publicBaseUrl) return set({ state: 'failing', problem: { code: 'config', ...said('error.public.addressMissing') } });
      set({ state: 'public', url: value.publicBaseUrl });
      watch(gen, value.publicBaseUrl);
      return;
    }
    void connect(gen, value, 0);
  };
  const safePublicKey = (): string | null => {
    try {
      return identity().publicKey;
    } catch {
      return null;
    }
  };

  return {
    status: () => status,
    url: () => status.url,
    onChange: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    apply: (value) => {
      const before = network;
      network = value;
      if (before && sameTarget(before, value)) return;
      // Another server is another identity: its key is trusted on first use, not compared with the old one's.
      if (before && (before.ownServer?.host !== value.ownServer?.host || before.ownServer?.sshPort !== value.ownServer?.sshPort)) {
        deps.settings.delete(TRUSTED_HOST_KEY_SETTING);
      }
      void stop().then(() => start(value));
    },
    retry: () => {
      if (network) void stop().then(() => network && start(network));
    },
    checkNow: async () => {
      if (watched) await check(generation, watched);
      return status;
    },
    trustHostKey: (fingerprint) => {
      if (offeredHostKey === null || fingerprint !== offeredHostKey) return { ok: false };
      deps.settings.set(TRUSTED_HOST_KEY_SETTING, fingerprint);
      offeredHostKey = null;
      if (network) void stop().then(() => network && start(network));
      return { ok: true };
    },
    close: stop,
  };
}

/** Only what the tunnel depends on restarts it: editing the bind address or proxies leaves it up. */
function sameTarget(a: NetworkSettings, b: NetworkSettings): boolean {
  const pick = (v: NetworkSettings) => JSON.stringify([publicModeOf(v), v.publicBaseUrl, v.ownServer, v.ngrok]);
  return pick(a) === pick(b);
}

