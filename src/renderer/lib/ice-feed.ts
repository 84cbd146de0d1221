import type { IceServer } from '../../shared/guests';
import type { IceConfig } from '../../shared/turn';
import { Observable, type Readable } from './observable';

/**
 * The ICE servers a page uses for its *next* peer connection. TURN credentials are minted by the
 * core with an expiry (coturn's `<unix expiry>:<subject>` username); the feed asks for fresh ones
 * when half their remaining life has passed, so a peer created at any moment of a long show starts
 * with hours to spare. Connections already up keep theirs. Framework-free (tested under Node).
 */
export interface IceFeedOptions {
  /** Asks the core (`ice.servers`); null when it could not answer (offline): tried again soon. */
  fetch(): Promise<IceConfig | null>;
  initial?: IceServer[];
  now?: () => number;
  /** Never asks more often than this (ms). */
  minRefreshMs?: number;
}

export class IceFeed {
  private readonly state: Observable<IceServer[]>;
  readonly servers: Readable<IceServer[]>;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private destroyed = false;
  private readonly now: () => number;

  constructor(private readonly options: IceFeedOptions) {
    this.state = new Observable<IceServer[]>(options.initial ?? []);
    this.servers = this.state;
    this.now = options.now ?? Date.now;
    this.schedule();
  }

  current(): IceServer[] {
    return this.state.get();
  }

  /** Servers that arrived another way (a guest view carries freshly minted ones). */
  offer(servers: IceServer[]): void {
    if (this.destroyed) return;
    if (JSON.stringify(servers) !== JSON.stringify(this.state.get())) this.state.set(servers);
    this.schedule();
  }

  async refresh(): Promise<void> {
    const config = await this.options.fetch().catch(() => null);
    if (this.destroyed) return;
    if (config) this.offer(config.iceServers);
    else this.retrySoon();
  }

  destroy(): void {
    this.destroyed = true;
    if (this.timer) clearTimeout(this.timer);
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const expiry = credentialExpiry(this.state.get());
    if (expiry === null) return;
    this.timer = setTimeout(() => void this.refresh(), Math.max(this.minRefresh(), (expiry - this.now()) / 2));
  }

  private retrySoon(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), this.minRefresh());
  }

  private minRefresh(): number {
    return this.options.minRefreshMs ?? 60_000;
  }
}

/** The earliest expiry (epoch ms) among TURN usernames in coturn's REST form; null when none expires. */
export function credentialExpiry(servers: readonly IceServer[]): number | null {
  let earliest: number | null = null;
  for (const server of servers) {
    const match = server.username ? /^(\d{9,12}):/.exec(server.username) : null;
    if (!match) continue;
    const ms = Number(match[1]) * 1000;
    earliest = earliest === null ? ms : Math.min(earliest, ms);
  }
  return earliest;
}
