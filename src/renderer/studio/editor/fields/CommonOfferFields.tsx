import type { OfferFieldsProps } from './offer-fields-props';
import { TextInput } from './inputs';

export function CommonOfferFields({ fields, errors, onChange }: OfferFieldsProps) {
  return (
    <>
      <TextInput label="Title" value={fields.title} error={errors.title} maxLength={80} onChange={(title) => onChange({ title })} />
      <TextInput
        label="Description"
        hint="Optional, shown on the store card."
        value={fields.description}
        error={errors.description}
        maxLength={500}
        multiline
        onChange={(description) => onChange({ description })}
      />
    </>
  );
}
