import { describe, expect, it } from 'vitest';
import { emptyOfferFields, fieldsToOfferInput, offerToFields, variantIdFromLabel } from '../../../src/renderer/lib/offer-form';
import { OfferInput, type Offer } from '../../../src/shared/offers';
import { tipOffer } from './fixtures';

describe('offer form conversion', () => {
  it('turns the default fields of every kind into input the contract accepts', () => {
    for (const kind of ['tip', 'gift', 'merch', 'hotseat'] as const) {
      const result = fieldsToOfferInput(emptyOfferFields(kind), 'usd');
      expect(result.ok, kind).toBe(true);
      if (result.ok) expect(OfferInput.safeParse(result.value).success, kind).toBe(true);
    }
  });

  it('converts money text into minor units for the currency', () => {
    const usd = fieldsToOfferInput({ ...emptyOfferFields('gift'), price: '12.50' }, 'usd');
    expect(usd).toMatchObject({ ok: true, value: { price: 1250 } });
    const jpy = fieldsToOfferInput({ ...emptyOfferFields('gift'), price: '1,500' }, 'jpy');
    expect(jpy).toMatchObject({ ok: true, value: { price: 1500 } });
  });

  it("names the offending fields with the server's paths", () => {
    const fields = { ...emptyOfferFields('merch'), price: '12.505', variants: [{ id: '', label: 'Large', stock: 'lots' }] };
    expect(fieldsToOfferInput(fields, 'usd')).toEqual({
      ok: false,
      errors: { 'offer.price': 'must be an amount like 5 or 5.50', 'offer.variants.0.stock': 'must be a whole number' },
    });
    const yen = fieldsToOfferInput({ ...emptyOfferFields('hotseat'), price: '5.5', minutes: '2.5' }, 'jpy');
    expect(yen).toEqual({ ok: false, errors: { 'offer.price': 'must be an amount like 500', 'offer.minutes': 'must be a whole number' } });
  });

  it('round-trips a stored offer through the fields unchanged', () => {
    const offers: Offer[] = [
      tipOffer({ minAmount: 250, maxAmount: 10_005, messageMaxLength: 80, holdMessagesForReview: false }),
      {
        kind: 'merch',
        id: 'off_merch00001',
        showId: 'shw_aaaaaaaa01',
        active: true,
        sortOrder: 2,
        title: 'Hoodie',
        description: 'Warm',
        price: 4500,
        variants: [
          { id: 'm', label: 'Medium', stock: 3 },
          { id: 'l', label: 'Large', stock: 0 },
        ],
        shippingCountries: ['US', 'CA'],
      },
    ];
    for (const offer of offers) {
      const result = fieldsToOfferInput(offerToFields(offer, 'usd'), 'usd');
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      const { id: _id, showId: _show, active: _active, sortOrder: _sort, ...input } = offer;
      expect(result.value).toEqual(input);
    }
  });

  it('reads shipping countries typed loosely', () => {
    const result = fieldsToOfferInput({ ...emptyOfferFields('merch'), shippingCountries: 'us, ca;gb  de' }, 'usd');
    expect(result).toMatchObject({ ok: true, value: { shippingCountries: ['US', 'CA', 'GB', 'DE'] } });
  });

  it('derives readable variant ids from labels', () => {
    expect(variantIdFromLabel('Large (EU 42)', 0)).toBe('large-eu-42');
    expect(variantIdFromLabel('Crème brûlée', 0)).toBe('creme-brulee');
    expect(variantIdFromLabel('★★★', 2)).toBe('variant-3');
  });
});
