import type { OfferFields } from '../../../lib/offer-form';

export interface OfferFieldsProps {
  fields: OfferFields;
  /** Keyed by field path without the "offer." prefix: "price", "variants.0.stock". */
  errors: Record<string, string>;
  currency: string;
  onChange: (patch: Partial<OfferFields>) => void;
}
