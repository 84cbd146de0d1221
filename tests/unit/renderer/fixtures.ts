import { OFF_PUBLIC_STATUS } from '../../../src/shared/public-address';
import { StudioSnapshot } from '../../../src/shared/commands';
import { Seat } from '../../../src/shared/guests';
import { Offer, Show } from '../../../src/shared/offers';
import { AuditEntry, Purchase } from '../../../src/shared/purchases';
import { ReceiptView } from '../../../src/shared/store-api';

/** Contract objects for renderer tests, parsed through the real schemas so they cannot drift. */

export function show(overrides: Partial<Show> = {}): Show {
  return Show.parse({
    id: 'shw_aaaaaaaa01',
    title: 'Friday Night Q&A',
    slug: 'friday-night',
    currency: 'usd',
    status: 'draft',
    createdAt: '2025-05-01T18:00:00.000Z',
    startedAt: null,
    endedAt: null,
    language: 'en',
    ...overrides,
  });
}

export function tipOffer(overrides: Partial<Extract<Offer, { kind: 'tip' }>> = {}): Offer {
  return Offer.parse({
    kind: 'tip',
    id: 'off_tip0000001',
    showId: 'shw_aaaaaaaa01',
    active: true,
    sortOrder: 1,
    title: 'Tip jar',
    description: '',
    minAmount: 100,
    maxAmount: 50_000,
    messageMaxLength: 200,
    holdMessagesForReview: true,
    ...overrides,
  });
}

export function purchase(overrides: Partial<Purchase> = {}): Purchase {
  return Purchase.parse({
    id: 'pur_seat000001',
    showId: 'shw_aaaaaaaa01',
    offerId: 'off_seat000001',
    offerTitle: 'Hot seat Q&A',
    kind: 'hotseat',
    format: 'qa',
    status: 'pending_review',
    payment: 'authorized',
    paymentActionPending: false,
    amount: 2500,
    currency: 'usd',
    quantity: 1,
    buyerName: 'Ada',
    buyerEmail: null,
    buyerLocale: 'en',
    message: null,
    messageStatus: 'none',
    question: 'How do you start a show?',
    variantId: null,
    variantLabel: null,
    shipping: null,
    shipment: null,
    dispute: null,
    version: 1,
    createdAt: '2025-05-01T18:10:00.000Z',
    updatedAt: '2025-05-01T18:10:00.000Z',
    paidAt: '2025-05-01T18:11:00.000Z',
    decidedAt: null,
    decidedBy: null,
    ...overrides,
  });
}

/** A seat in `stage` (its picture and outcome follow the stage), guest Maya unless overridden. */
export function seat(stage: Seat['stage'], overrides: Partial<Seat> = {}): Seat {
  const withHost = stage === 'backstage' || stage === 'live';
  return Seat.parse({
    id: 'seat_aaaaaaaa01',
    showId: 'shw_aaaaaaaa01',
    purchaseId: null,
    source: 'invite',
    guestName: 'Maya',
    format: 'selfie',
    question: null,
    stage,
    outcome: stage === 'ended' ? 'served' : null,
    allowanceSeconds: 120,
    intervals: [],
    present: true,
    mediaOk: true,
    presenceKey: 'k',
    muted: false,
    hidden: false,
    calledAt: null,
    firstLiveAt: null,
    endedAt: null,
    lineAt: '2030-01-01T10:00:00.000Z',
    backstageWith: null,
    picture: { live: withHost, reason: stage === 'ended' ? 'ended' : withHost ? 'with_host' : 'front_of_line', placeInLine: null, askedBy: null },
    version: 1,
    ...overrides,
  });
}

export function auditEntry(id: number, overrides: Partial<AuditEntry> = {}): AuditEntry {
  return AuditEntry.parse({
    id,
    at: `2025-05-01T18:${String(id % 60).padStart(2, '0')}:00.000Z`,
    actor: 'host',
    action: 'queue.accept',
    purchaseId: null,
    detail: `entry ${id}`,
    ...overrides,
  });
}

export function snapshot(overrides: Partial<StudioSnapshot> = {}): StudioSnapshot {
  return StudioSnapshot.parse({
    shows: [show()],
    activeShowId: 'shw_aaaaaaaa01',
    offers: [],
    purchases: [],
    disputes: [],
    audit: [],
    network: { bindAddress: '127.0.0.1', publicBaseUrl: null, trustedProxies: [] },
    payments: { mode: 'rehearsal', keyHint: null, webhookConfigured: false, lastPollAt: null, lastError: null },
    links: { studio: 'http://127.0.0.1:4870/studio', store: null, webhook: null },
    publicAddress: OFF_PUBLIC_STATUS,
    listening: { bindAddress: '127.0.0.1', url: 'http://127.0.0.1:4870' },
    moderation: { showId: null, revision: 0, lineOrder: [], notes: [], blockedBuyers: [] },
    storage: { state: 'ok', message: null, failedAction: null, since: null, failures: 0 },
    language: 'en',
    ...overrides,
  });
}

export function receipt(overrides: Partial<ReceiptView> = {}): ReceiptView {
  return ReceiptView.parse({
    purchaseId: 'pur_seat000001',
    showTitle: 'Friday Night Q&A',
    offerTitle: 'Hot seat Q&A',
    kind: 'hotseat',
    format: 'qa',
    status: 'pending_review',
    amount: 2500,
    currency: 'usd',
    charged: false,
    buyerName: 'Ada',
    message: null,
    messageStatus: 'none',
    question: 'How do you start a show?',
    variantLabel: null,
    minutes: 3,
    createdAt: '2025-05-01T18:10:00.000Z',
    updatedAt: '2025-05-01T18:10:00.000Z',
    joinUrl: null,
    ...overrides,
  });
}
