import type { StudioEvent } from '../../shared/events';
import type { AppErrorShape, Result } from '../../shared/result';
import { Observable, type Readable } from './observable';
import type { StudioClient } from './studio-client';

export interface SyncedView<S> {
  /** The last known state; kept while disconnected so the page still shows it. */
  value: S | null;
  /** A load is in flight (first load, or catching up after a reconnect). */
  syncing: boolean;
  loadError: AppErrorShape | null;
}

export interface SyncedStateOptions<S> {
  /** Fetches the starting state (a command). */
  load(client: StudioClient): Promise<Result<S>>;
  /** One event on top of the state; events that do not concern it return it as it is. */
  apply(value: S, event: StudioEvent): S;
  /** An event after which the state is loaded again instead (a new show going live). */
  reloadOn?(event: StudioEvent): boolean;
}

/**
 * The one way a page keeps a piece of the studio's state in step with the core: load it after every
 * welcome (first connect and every reconnect, since events may have been missed while away), then
 * apply events on top. Events that arrive while a load is on its way are held and replayed on top of
 * its answer in order, so none is lost between a request and its answer; a newer load supersedes an
 * older one. Replaying is safe when `apply` is an upsert (the studio's reducer ignores stale versions).
 */
export class SyncedState<S> {
  private readonly view = new Observable<SyncedView<S>>({ value: null, syncing: false, loadError: null });
  readonly state: Readable<SyncedView<S>> = this.view;
  private heldEvents: StudioEvent[] | null = null;
  private unsubscribe: (() => void)[] = [];
  private generation = 0;

  constructor(
    readonly client: StudioClient,
    private readonly options: SyncedStateOptions<S>,
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
    const result = await this.options.load(this.client);
    if (generation !== this.generation) return; // a newer load superseded this one
    const held = this.heldEvents;
    this.heldEvents = null;
    if (result.ok) {
      this.update({ value: held.reduce((value, event) => this.options.apply(value, event), result.value), syncing: false, loadError: null });
    } else {
      this.update({ syncing: false, loadError: result.error });
    }
  }

  /**
   * A change this page just asked the core for, shown at once (the core's answer or event follows
   * and wins; a load in flight answers with the core's state instead). Nothing to amend before the
   * first load.
   */
  amend(change: (value: S) => S): void {
    const value = this.view.get().value;
    if (value !== null) this.update({ value: change(value) });
  }

  detach(): void {
    for (const off of this.unsubscribe) off();
    this.unsubscribe = [];
    this.generation++;
    this.heldEvents = null;
  }

  private receive(event: StudioEvent): void {
    if (this.options.reloadOn?.(event)) {
      void this.reload();
      return;
    }
    if (this.heldEvents) {
      this.heldEvents.push(event);
      return;
    }
    const value = this.view.get().value;
    if (value !== null) this.update({ value: this.options.apply(value, event) });
  }

  private update(patch: Partial<SyncedView<S>>): void {
    this.view.set({ ...this.view.get(), ...patch });
  }
}
