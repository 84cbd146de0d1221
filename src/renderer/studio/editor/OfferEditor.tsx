import { useState, type FormEvent } from 'react';
import type { Offer, OfferKind, Show } from '../../../shared/offers';
import { useCommand } from '../../hooks/use-command';
import { useStudio } from '../../hooks/use-studio';
import { formErrors } from '../../lib/field-errors';
import { kindLabels } from '../../lib/format';
import { emptyOfferFields, fieldsToOfferInput, offerToFields, type OfferFields } from '../../lib/offer-form';
import { CommonOfferFields } from './fields/CommonOfferFields';
import { GiftOfferFields } from './fields/GiftOfferFields';
import { HotSeatOfferFields } from './fields/HotSeatOfferFields';
import { MerchOfferFields } from './fields/MerchOfferFields';
import { TipOfferFields } from './fields/TipOfferFields';
import type { OfferFieldsProps } from './fields/offer-fields-props';

const FIELD_NAMES: (keyof OfferFields)[] = [
  'title', 'description', 'minAmount', 'maxAmount', 'price', 'messageMaxLength', 'holdMessagesForReview', 'animation',
  'variants', 'shippingCountries', 'format', 'minutes', 'perShow', 'perBuyer', 'questionRequired',
];

/** Add or edit one offer. Typing mistakes are caught here; the rules are the contract's and the core's. */
export function OfferEditor({ show, kind, offer, onDone }: { show: Show; kind: OfferKind; offer: Offer | null; onDone: () => void }) {
  const { online } = useStudio();
  const create = useCommand('offer.create');
  const update = useCommand('offer.update');
  const command = offer ? update : create;
  const [fields, setFields] = useState<OfferFields>(() => (offer ? offerToFields(offer, show.currency) : emptyOfferFields(kind)));
  const [typingErrors, setTypingErrors] = useState<Record<string, string>>({});
  const serverErrors = formErrors(command.error, 'offer.', FIELD_NAMES);
  const errors = { ...serverErrors.fields, ...typingErrors };

  const change = (patch: Partial<OfferFields>) => {
    setFields((current) => ({ ...current, ...patch }));
    // An edited field's old error no longer applies.
    setTypingErrors((current) => Object.fromEntries(Object.entries(current).filter(([key]) => !((key.split('.')[0] ?? key) in patch))));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const converted = fieldsToOfferInput(fields, show.currency);
    if (!converted.ok) {
      setTypingErrors(Object.fromEntries(Object.entries(converted.errors).map(([key, message]) => [key.replace(/^offer\./, ''), message])));
      command.clearError();
      return;
    }
    setTypingErrors({});
    const result = offer ? await update.run({ offerId: offer.id, offer: converted.value }) : await create.run({ showId: show.id, offer: converted.value });
    if (result?.ok) onDone();
  };

  const props: OfferFieldsProps = { fields, errors, currency: show.currency, onChange: change };
  return (
    <form className="form offer-editor" onSubmit={(event) => void submit(event)} noValidate aria-label={`${offer ? 'Edit' : 'New'} ${kindLabels[kind]} offer`}>
      <h3 className="offer-editor-title">
        {offer ? 'Edit' : 'New'} {kindLabels[kind].toLowerCase()} offer
      </h3>
      <CommonOfferFields {...props} />
      {fields.kind === 'tip' ? <TipOfferFields {...props} /> : null}
      {fields.kind === 'gift' ? <GiftOfferFields {...props} /> : null}
      {fields.kind === 'merch' ? <MerchOfferFields {...props} /> : null}
      {fields.kind === 'hotseat' ? <HotSeatOfferFields {...props} /> : null}
      {serverErrors.general && Object.keys(typingErrors).length === 0 ? (
        <p className="inline-error" role="alert">
          {serverErrors.general}
        </p>
      ) : null}
      {Object.keys(errors).length > 0 ? (
        <p className="inline-error" role="alert">
          Please fix the highlighted fields.
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={!online || command.pending}>
          {command.pending ? 'Saving…' : offer ? 'Save offer' : 'Add offer'}
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
