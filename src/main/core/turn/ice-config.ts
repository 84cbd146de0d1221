import type { IceServer } from '../../../shared/guests';
import { DEFAULT_STUN_URLS, TURN_CREDENTIAL_TTL_SECONDS, type IceConfig, type TurnTestPlan } from '../../../shared/turn';
import { said, type Said } from '../../../shared/i18n/said';
import { failWith, ok, type Result } from '../../../shared/result';
import { systemClock, type Clock } from '../store/clock';
import { mintTurnCredential } from './turn-credentials';

/**
 * Which ICE servers a page gets, decided in one place for guests, moderators and the studio page:
 * - the creator's TURN server (addresses + shared secret) with credentials minted for that page,
 *   plus STUN on the same server;
 * - any STUN/TURN servers listed by hand in the guest settings;
 * - nothing configured at all: public STUN, so guests behind a home router still find a path.
 * TURN addresses without a secret (or the reverse) are not used: the studio says so (`problem`).
 */
export interface IceSources {
  turnUrls(): readonly string[];
  turnSecret(): string | null;
  /** The guest settings' hand-written list (GuestSettings.iceServers). */
  manualServers(): readonly IceServer[];
  clock?: Clock;
  ttlSeconds?: number;
}

/** The page ICE servers are made for: a guest's seat, or another page's holder (a Principal is one). */
export type IcePage = { role: 'guest'; seatId: string } | { role: 'host' | 'moderator' | 'overlay' | 'viewer'; subject: string };

/** Names the page in the TURN server's log, never carrying a token. */
export function iceSubjectOf(who: IcePage): string {
  if (who.role === 'guest') return `guest-${who.seatId}`;
  if (who.role === 'moderator') return `moderator-${who.subject}`;
  return 'studio';
}

export interface IceConfigService {
  /** Fresh ICE servers for one page (`subject` names it in the TURN server's log). */
  forPage(subject: string): IceConfig;
  /** The TURN addresses alone with fresh credentials, for the studio's "Test TURN". */
  testPlan(): Result<TurnTestPlan>;
  /** Why TURN is not in use although half of it is configured (in English, and as a reason); null when fine or not configured. */
  problem(): Said | null;
}

export function createIceConfig(sources: IceSources): IceConfigService {
  const clock = sources.clock ?? systemClock;
  const ttl = sources.ttlSeconds ?? TURN_CREDENTIAL_TTL_SECONDS;
  const turnServer = (subject: string): { server: IceServer; expiresAtMs: number } | null => {
    const urls = sources.turnUrls();
    const secret = sources.turnSecret();
    if (urls.length === 0 || !secret) return null;
    const minted = mintTurnCredential(secret, subject, clock().getTime(), ttl);
    return { server: { urls: [...urls], username: minted.username, credential: minted.credential }, expiresAtMs: minted.expiresAtMs };
  };
  const problemId = (): 'error.turn.noSecret' | 'error.turn.noAddress' | null => {
    const urls = sources.turnUrls();
    const secret = sources.turnSecret();
    if (urls.length > 0 && !secret) return 'error.turn.noSecret';
    if (urls.length === 0 && secret) return 'error.turn.noAddress';
    return null;
  };
  const problem = (): Said | null => {
    const id = problemId();
    return id ? said(id) : null;
  };
  return {
    forPage(subject) {
      const manual = sources.manualServers();
      const turn = turnServer(subject);
      const servers: IceServer[] = [];
      if (turn) servers.push({ urls: stunBeside(turn.server.urls) }, turn.server);
      servers.push(...manual);
      if (servers.length === 0) servers.push({ urls: [...DEFAULT_STUN_URLS] });
      return { iceServers: servers, expiresAt: turn ? new Date(turn.expiresAtMs).toISOString() : null };
    },
    testPlan() {
      const issue = problemId();
      if (issue) return failWith('conflict', issue);
      const turn = turnServer('studio-test');
      if (!turn) return failWith('conflict', 'error.turn.notSetUp');
      return ok({ iceServers: [turn.server], urls: turn.server.urls });
    },
    problem,
  };
}

/**
 * coturn answers STUN on its TURN ports, so the same host gives a page its public address without
 * a third party. `turns:` is TLS, which browsers cannot use for STUN: its host's default port (3478) is.
 */
export function stunBeside(turnUrls: readonly string[]): string[] {
  const stun = new Set<string>();
  for (const url of turnUrls) {
    const match = /^(turns?):([^?]+)/.exec(url);
    if (!match) continue;
    const [, scheme, hostPort] = match as unknown as [string, string, string];
    stun.add(scheme === 'turn' ? `stun:${hostPort}` : `stun:${hostOnly(hostPort)}:3478`);
  }
  return [...stun].slice(0, 4);
}

function hostOnly(hostPort: string): string {
  if (hostPort.startsWith('[')) return hostPort.slice(0, hostPort.indexOf(']') + 1);
  return hostPort.split(':')[0] ?? hostPort;
}
