import type { StudioEvent } from '../../../src/shared/events';
import type { Offer, Show } from '../../../src/shared/offers';
import type { Result } from '../../../src/shared/result';
import type { Actor } from '../../../src/main/core/actor';
import { createEventBus } from '../../../src/main/core/bus';
import { createCatalogService, type CatalogService } from '../../../src/main/core/catalog/catalog-service';
import { createPurchaseService, type PurchaseService } from '../../../src/main/core/queue/purchase-service';
import type { Clock } from '../../../src/main/core/store/clock';
import { tempDb, type TempDb } from '../store/temp-db';

export const HOST: Actor = { role: 'host', name: 'Host' };
export const MAYA: Actor = { role: 'moderator', name: 'Maya' };
export const LEO: Actor = { role: 'moderator', name: 'Leo' };

/** Unwraps a Result a test expects to succeed, with the refusal in the failure message otherwise. */
export function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** A clock that only moves when told, so timestamps and ordering are exact. */
export function steppingClock(start = Date.parse('2030-01-01T10:00:00.000Z')): Clock & { advance(ms: number): void } {
  let now = start;
  const clock = () => {
    now += 1; // every reading is distinct, so "newest" is never a tie
    return new Date(now);
  };
  return Object.assign(clock, { advance: (ms: number) => void (now += ms) });
}

export interface Studio {
  temp: TempDb;
  catalog: CatalogService;
  purchases: PurchaseService;
  events: StudioEvent[];
  clock: ReturnType<typeof steppingClock>;
  cleanup(): void;
}

export function studio(): Studio {
  const temp = tempDb();
  const bus = createEventBus((error) => {
    throw error;
  });
  const events: StudioEvent[] = [];
  bus.subscribe((event) => events.push(event));
  const clock = steppingClock();
  return {
    temp,
    catalog: createCatalogService(temp.db, bus, clock),
    purchases: createPurchaseService(temp.db, bus, clock),
    events,
    clock,
    cleanup: () => temp.cleanup(),
  };
}

let buyerCounter = 0;
/** A fresh, valid per-browser buyer key. */
export const buyerKey = (): string => `buyer-key-${String(++buyerCounter).padStart(12, '0')}`;

export interface LiveShow {
  show: Show;
  tip: Extract<Offer, { kind: 'tip' }>;
  gift: Extract<Offer, { kind: 'gift' }>;
  shirt: Extract<Offer, { kind: 'merch' }>;
  seat: Extract<Offer, { kind: 'hotseat' }>;
}

/** A live show with one offer of each kind; limits small enough to hit in a test. */
export function liveShow(s: Studio, slug = 'friday-qa'): LiveShow {
  const show = value(s.catalog.createShow({ title: 'Friday Q&A', slug, currency: 'usd' }, HOST));
  const offer = (input: unknown) => value(s.catalog.createOffer(show.id, input, HOST));
  const tip = offer({ kind: 'tip', title: 'Tip jar', minAmount: 200, maxAmount: 50_000, messageMaxLength: 20 });
  const gift = offer({ kind: 'gift', title: 'Rocket', price: 500, animation: 'rocket', holdMessagesForReview: false });
  const shirt = offer({
    kind: 'merch',
    title: 'Tour shirt',
    price: 2500,
    variants: [
      { id: 'S', label: 'Small', stock: 1 },
      { id: 'M', label: 'size M', stock: 2 },
    ],
    shippingCountries: ['US'],
  });
  const seat = offer({
    kind: 'hotseat',
    title: 'Ask me anything',
    format: 'qa',
    price: 2000,
    minutes: 3,
    perShow: 3,
    perBuyer: 1,
    questionRequired: true,
  });
  if (tip.kind !== 'tip' || gift.kind !== 'gift' || shirt.kind !== 'merch' || seat.kind !== 'hotseat') {
    throw new Error('offers came back with the wrong kind');
  }
  const live = value(s.catalog.setShowStatus(show.id, 'live', HOST));
  return { show: live, tip, gift, shirt, seat };
}
