import { describe, expect, it } from 'vitest';
import { AlertQueue, DEFAULT_HOLD_MS, MIN_HOLD_MS } from '../../../src/renderer/lib/alert-queue';
import { overlayAlertOf } from '../../../src/renderer/overlay/overlay-alert';
import { createTranslator } from '../../../src/shared/i18n/messages';

const a = (id: string) => ({ id });

describe('the overlay alert queue', () => {
  it('plays alerts one after another, each for its full time, and is idle after', () => {
    const queue = new AlertQueue<{ id: string }>();
    expect(queue.tick(0)).toBeNull();
    queue.push(a('one'));
    expect(queue.tick(0)).toMatchObject({ alert: { id: 'one' }, startedAt: 0, durationMs: DEFAULT_HOLD_MS, behind: 0 });
    queue.push(a('two'));
    // Never two at once: the second waits until the first is done.
    expect(queue.tick(DEFAULT_HOLD_MS - 1)?.alert.id).toBe('one');
    expect(queue.nextChangeAt()).toBe(DEFAULT_HOLD_MS);
    expect(queue.tick(DEFAULT_HOLD_MS)).toMatchObject({ alert: { id: 'two' }, startedAt: DEFAULT_HOLD_MS });
    expect(queue.tick(DEFAULT_HOLD_MS * 2)).toBeNull();
    expect(queue.nextChangeAt()).toBeNull();
  });

  it('plays each purchase once, also across a reload (remembered ids) and for skipped ones', () => {
    const queue = new AlertQueue<{ id: string }>({}, ['old']);
    expect(queue.push(a('old'))).toBe(false);
    expect(queue.push(a('new'))).toBe(true);
    expect(queue.push(a('new'))).toBe(false);
    queue.skip('drawn-in-program');
    expect(queue.push(a('drawn-in-program'))).toBe(false);
    expect(queue.remembered()).toEqual(['old', 'new', 'drawn-in-program']);
    const reloaded = new AlertQueue<{ id: string }>({}, queue.remembered());
    expect(reloaded.push(a('new'))).toBe(false);
  });

  it('handles a burst without losing any: shorter holds while many wait, never below the floor, in order', () => {
    const queue = new AlertQueue<{ id: string }>();
    const ids = Array.from({ length: 25 }, (_, i) => `tip-${i}`);
    for (const id of ids) queue.push(a(id));
    const played: { id: string; durationMs: number; behind: number }[] = [];
    let now = 0;
    for (let guard = 0; guard < 100; guard++) {
      const showing = queue.tick(now);
      if (!showing) break;
      played.push({ id: showing.alert.id, durationMs: showing.durationMs, behind: showing.behind });
      now = queue.nextChangeAt() ?? now;
    }
    expect(played.map((p) => p.id)).toEqual(ids);
    expect(played[0]).toEqual({ id: 'tip-0', durationMs: MIN_HOLD_MS, behind: 24 });
    expect(played.at(-2)?.durationMs).toBe(DEFAULT_HOLD_MS - 1_000);
    expect(played.at(-1)).toEqual({ id: 'tip-24', durationMs: DEFAULT_HOLD_MS, behind: 0 });
    expect(Math.min(...played.map((p) => p.durationMs))).toBe(MIN_HOLD_MS);
  });

  it('forgets the oldest ids beyond its memory', () => {
    const queue = new AlertQueue<{ id: string }>({ memory: 3 });
    for (const id of ['a', 'b', 'c', 'd']) queue.skip(id);
    expect(queue.remembered()).toEqual(['b', 'c', 'd']);
    expect(queue.has('a')).toBe(false);
  });
});

describe('overlay alert text', () => {
  it('cleans and word-filters buyer text exactly like the program, and keeps markup as plain text', () => {
    const alert = overlayAlertOf(
      { id: 'p1', kind: 'tip', buyerName: 'Da\u200Brn\u202E Ann', amountText: '€12.50', title: 'Tip jar', message: '<img src=x onerror=alert(1)> darn   good\u0007show', animation: null },
      ['darn'],
      createTranslator('en'),
    );
    // The invisible joiner cannot smuggle a filtered word past the filter; the bidi override is gone.
    expect(alert.buyerName).toBe('•••• Ann');
    expect(alert.message).toBe('<img src=x onerror=alert(1)> •••• good show');
    expect(overlayAlertOf({ id: 'p2', kind: 'sold', buyerName: '   ', amountText: 'Size M', title: 'Shirt', message: '\u200B', animation: null }, [], createTranslator('en')).buyerName).toBe('Someone');
    expect(overlayAlertOf({ id: 'p3', kind: 'tip', buyerName: '', amountText: '5,00 €', title: 'Pourboire', message: null, animation: null }, [], createTranslator('fr')).buyerName).toBe('Quelqu’un');
  });
});
