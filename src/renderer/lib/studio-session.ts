import type { StudioSnapshot } from '../../shared/commands';
import type { StudioEvent } from '../../shared/events';
import type { AppErrorShape, Result } from '../../shared/result';
import { Observable, type Readable } from './observable';
import type { StudioClient } from './studio-client';
import { applyEvent, applyEvents, normalizeSnapshot } from './studio-state';

export interface SessionView {
  /** The last known state; kept while disconnected so the host still sees the queue. */
  snapshot: StudioSnapshot | null;
  /** A snapshot request is in flight (first load, or catching up after a reconnect). */
  syncing: boolean;
  loadError: AppErrorShape | null;
}

/**
 * Keeps the studio state in step with the core: a fresh snapshot after every welcome (first connect
 * and every reconnect, since events may have been missed while away), then events on top.
 * Events that arrive while the snapshot is on its way are held and replayed on top of it in order;
 * replaying is safe because the reducer ignores stale purchase versions and the rest are upserts.
 */
export class StudioSession {
  private readonly view = new Observable<SessionView>({ snapshot: null, syncing: false, loadError: null });
  readonly state: Readable<SessionView> = this.view;
  private heldEvents: StudioEvent[] | null = null;
  private unsubscribe: (() => void)[] = [];
  private generation = 0;

  /**
   * `load` fetches the starting state; the host's page asks for `studio.snapshot`, a moderator's
   * page for its redacted snapshot (see moderator-snapshot.ts).
   */
  constructor(
    readonly client: StudioClient,
    private readonly load: (client: StudioClient) => Promise<Result<StudioSnapshot>> = (c) => c.command('studio.snapshot', {}),
  ) {}

  /** Starts following the client; returns the function that stops it. Safe to call again after. */
  attach(): () => void {
    this.detach();
    this.unsubscribe = [this.client.onWelcome(() => void this.reload()), this.client.onEvent((event) => this.receive(event))];
    // Attached late (the client was already online): catch up now instead of waiting for a reconnect.
    if (this.client.state.get().status === 'online') void this.reload();
    return () => this.detach();
  }

  async reload(): Promise<void> {
    const generation = ++this.generation;
    this.heldEvents = [];
    this.update({ syncing: true, loadError: null });
    const result = await this.load(this.client);
    if (generation !== this.generation) return; // a newer reload superseded this one
    const held = this.heldEvents;
    this.heldEvents = null;
    if (result.ok) {
      this.update({ snapshot: applyEvents(normalizeSnapshot(result.value), held), syncing: false, loadError: null });
    } else {
      this.update({ syncing: false, loadError: result.error });
    }
  }

  detach(): void {
    for (const off of this.unsubscribe) off();
    this.unsubscribe = [];
    this.generation++;
    this.heldEvents = null;
  }

  private receive(event: StudioEvent): void {
    if (this.heldEvents) {
      this.heldEvents.push(event);
      return;
    }
    const snapshot = this.view.get().snapshot;
    if (snapshot) this.update({ snapshot: applyEvent(snapshot, event) });
  }

  private update(patch: Partial<SessionView>): void {
    this.view.set({ ...this.view.get(), ...patch });
  }
}
