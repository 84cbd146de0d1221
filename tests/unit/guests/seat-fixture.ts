import type { StudioEvent } from '../../../src/shared/events';
import type { GuestSettings } from '../../../src/shared/guests';
import type { Purchase } from '../../../src/shared/purchases';
import { createEventBus, type EventBus } from '../../../src/main/core/bus';
import { createCatalogService, type CatalogService } from '../../../src/main/core/catalog/catalog-service';
import { createSeatService, type SeatService } from '../../../src/main/core/guests/seat-service';
import { memoryLogger } from '../../../src/main/core/log';
import { createPurchaseService, type PurchaseService } from '../../../src/main/core/queue/purchase-service';
import { writeGuestSettings } from '../../../src/main/core/settings/guest-settings';
import { repositories } from '../../../src/main/core/store/repositories';
import { tempDb, type TempDb } from '../store/temp-db';
import { buyerKey, HOST, liveShow, steppingClock, value, type LiveShow } from '../queue/services-fixture';

/** The seat service over real SQLite with the real catalog and purchases, on a clock tests move. */
export interface SeatStudio {
  temp: TempDb;
  bus: EventBus;
  catalog: CatalogService;
  purchases: PurchaseService;
  seats: SeatService;
  live: LiveShow;
  events: StudioEvent[];
  clock: ReturnType<typeof steppingClock>;
  moneyKicks: number;
  /** A new seat service on the same database, as after a studio restart. */
  restart(): SeatService;
  settings(patch: Partial<GuestSettings>): void;
  /** A hot seat paid (authorized) and accepted: its seat exists. */
  acceptedSeat(name?: string, offerId?: string): { purchase: Purchase; seatId: string; receiptToken: string };
  cleanup(): void;
}

export function seatStudio(): SeatStudio {
  const temp = tempDb();
  const bus = createEventBus((error) => {
    throw error;
  });
  const events: StudioEvent[] = [];
  bus.subscribe((event) => events.push(event));
  const clock = steppingClock();
  const catalog = createCatalogService(temp.db, bus, clock);
  const purchases = createPurchaseService(temp.db, bus, clock);
  const make = () =>
    createSeatService({
      db: temp.db,
      bus,
      log: memoryLogger(),
      joinUrl: (token) => `http://studio.test/guest#t=${token}`,
      moneyActionsAdded: () => void (fixture.moneyKicks += 1),
      clock,
    });
  const seats = make();
  bus.subscribe((event) => {
    if (event.type === 'purchase.upserted') fixture.seats.purchaseChanged(event.purchase);
  });
  const fixture: SeatStudio = {
    temp,
    bus,
    catalog,
    purchases,
    seats,
    live: liveShow({ temp, catalog, purchases, events, clock, cleanup: () => undefined }),
    events,
    clock,
    moneyKicks: 0,
    restart() {
      fixture.seats = make();
      return fixture.seats;
    },
    settings(patch) {
      writeGuestSettings(repositories(temp.db).settings, { ...fixture.seats.settings(), ...patch });
    },
    acceptedSeat(name = 'Ada', offerId = fixture.live.seat.id) {
      const reservation = value(purchases.reserve(null, { offerId, buyerName: name, buyerKey: buyerKey(), question: 'Why?' }));
      const id = reservation.purchase.id;
      value(purchases.attachCheckoutSession(id, `cs_${id}`, 'https://checkout.test/x'));
      value(purchases.applyObservation({ eventId: null, purchaseId: id, observation: { type: 'payment_authorized', paymentIntentId: `pi_${id}` } }));
      const purchase = value(purchases.decide(id, 'accept', HOST));
      const seat = repositories(temp.db).seats.byPurchase(id);
      if (!seat) throw new Error('accepting did not create a seat');
      return { purchase, seatId: seat.id, receiptToken: reservation.receiptToken };
    },
    cleanup: () => temp.cleanup(),
  };
  return fixture;
}
