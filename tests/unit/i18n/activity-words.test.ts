import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { wordActivity } from '../../../src/shared/i18n/word-activity';
import type { AuditEntry } from '../../../src/shared/purchases';
import { buyerKey, HOST, liveShow, MAYA, studio, value, type LiveShow, type Studio } from '../queue/services-fixture';

/** The activity log through the real services: each line's reasons, in English and in French. */
let s: Studio;
let live: LiveShow;
beforeEach(() => {
  s = studio();
  live = liveShow(s);
});
afterEach(() => s.cleanup());

const inFrench = (entry: AuditEntry | undefined) => (entry?.said ? wordActivity(entry.said, 'fr') : null);
const newest = () => s.purchases.recentAudit(1)[0];

describe('activity lines as reasons', () => {
  it('words a purchase’s life in both languages, the English one stored as its detail', () => {
    const id = value(s.purchases.reserve(null, { offerId: live.seat.id, buyerName: 'Ada', buyerKey: buyerKey(), question: 'Q' })).purchase.id;
    expect(newest()).toMatchObject({ action: 'purchase.reserved', detail: `Hot seat ‘${live.seat.title}’ for Ada: reserved, waiting for payment` });
    expect(inFrench(newest())).toBe(`Hot seat «\u00a0${live.seat.title}\u00a0» pour Ada\u00a0: réservé, en attente de paiement`);

    value(s.purchases.attachCheckoutSession(id, `cs_${id}`, `https://checkout.test/${id}`));
    value(s.purchases.applyObservation({ eventId: null, purchaseId: id, observation: { type: 'payment_authorized', paymentIntentId: `pi_${id}` } }));
    expect(inFrench(newest())).toBe(`Hot seat «\u00a0${live.seat.title}\u00a0» pour Ada\u00a0: en attente de paiement → en attente de validation\u202f; paiement aucun → autorisé`);

    value(s.purchases.decide(id, 'reject', MAYA, undefined, 'hors sujet'));
    expect(newest()?.detail).toBe(`Hot seat ‘${live.seat.title}’ for Ada: waiting for review → rejected by Maya; releasing the buyer's card hold; reason: hors sujet`);
    expect(inFrench(newest())).toBe(
      `Hot seat «\u00a0${live.seat.title}\u00a0» pour Ada\u00a0: en attente de validation → refusé par Maya\u202f; libération de l’empreinte bancaire de l’acheteur\u202f; motif\u00a0: hors sujet`,
    );
  });

  it('says plurals in each language', () => {
    value(s.purchases.reserve(null, { offerId: live.seat.id, buyerName: 'Ada', buyerKey: buyerKey(), question: 'Q' }));
    value(s.catalog.setShowStatus(live.show.id, 'ended', HOST));
    expect(newest()).toMatchObject({ action: 'show.ended', detail: '‘Friday Q&A’ has ended; 1 open purchase closed' });
    expect(inFrench(newest())).toBe('«\u00a0Friday Q&A\u00a0» est terminée\u202f; 1 achat en cours clos');
  });

  it('keeps the English detail when a line’s reason is newer than this build', () => {
    expect(wordActivity({ parts: [{ id: 'activity.said.fromTheFuture' }] }, 'fr')).toBeNull();
    expect(wordActivity({ subject: { id: 'activity.said.guest', values: { name: 'Ada' } }, parts: [{ id: 'activity.said.selfieDeleted' }] }, 'fr')).toBe(
      'Invité Ada\u00a0: selfie supprimé',
    );
  });
});
