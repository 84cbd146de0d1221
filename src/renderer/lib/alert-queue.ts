/**
 * The one alert schedule, used by the program picture (compositor.ts) and by the overlay page
 * (overlay-runtime.ts), so a burst plays the same on either layer. Framework-free and pure over the time it is given: alerts play one
 * after another (never two at once), each purchase at most once (ids remembered, also across page
 * reloads through `seen`), and a burst is never dropped: the more are waiting, the shorter each one
 * holds the screen, down to a floor that still leaves the name, amount and message readable.
 */
export interface QueuedAlert {
  id: string;
}

export interface Showing<A extends QueuedAlert> {
  alert: A;
  startedAt: number;
  durationMs: number;
  /** How many were waiting behind it when it started ("+3 more" on the card). */
  behind: number;
}

export interface AlertQueueOptions {
  /** Time on screen when nothing waits behind. */
  holdMs?: number;
  /** Time on screen in a long burst. */
  minHoldMs?: number;
  /** Ids remembered (oldest forgotten first). */
  memory?: number;
}

export const DEFAULT_HOLD_MS = 7_000;
export const MIN_HOLD_MS = 3_500;

export class AlertQueue<A extends QueuedAlert> {
  private readonly waiting: A[] = [];
  private readonly seen: string[];
  private readonly seenSet: Set<string>;
  private current: Showing<A> | null = null;
  private readonly holdMs: number;
  private readonly minHoldMs: number;
  private readonly memory: number;

  constructor(options: AlertQueueOptions = {}, seen: readonly string[] = []) {
    this.holdMs = options.holdMs ?? DEFAULT_HOLD_MS;
    this.minHoldMs = Math.min(options.minHoldMs ?? MIN_HOLD_MS, this.holdMs);
    this.memory = options.memory ?? 500;
    this.seen = seen.slice(-this.memory);
    this.seenSet = new Set(this.seen);
  }

  /** Queues an alert unless this purchase already alerted; false when it was a repeat. */
  push(alert: A): boolean {
    if (!this.remember(alert.id)) return false;
    this.waiting.push(alert);
    return true;
  }

  /** Marks an id as handled without playing it (alerts from before the page opened; alerts drawn elsewhere). */
  skip(id: string): void {
    this.remember(id);
  }

  has(id: string): boolean {
    return this.seenSet.has(id);
  }

  /** The ids to keep across a reload. */
  remembered(): readonly string[] {
    return this.seen;
  }

  /** Ends the alert whose time is up and starts the next; answers what is on screen at `now`. */
  tick(now: number): Showing<A> | null {
    if (this.current && now >= this.current.startedAt + this.current.durationMs) this.current = null;
    if (!this.current) {
      const next = this.waiting.shift();
      if (next) this.current = { alert: next, startedAt: now, durationMs: this.holdFor(this.waiting.length), behind: this.waiting.length };
    }
    return this.current;
  }

  /** When the screen changes next (the current alert ends), or null when idle. */
  nextChangeAt(): number | null {
    return this.current ? this.current.startedAt + this.current.durationMs : null;
  }

  get pending(): number {
    return this.waiting.length;
  }

  /** 7 s alone; one second less for each one waiting, never below the floor. */
  private holdFor(behind: number): number {
    return Math.max(this.minHoldMs, this.holdMs - behind * 1_000);
  }

  private remember(id: string): boolean {
    if (this.seenSet.has(id)) return false;
    this.seenSet.add(id);
    this.seen.push(id);
    while (this.seen.length > this.memory) {
      const old = this.seen.shift();
      if (old !== undefined) this.seenSet.delete(old);
    }
    return true;
  }
}
