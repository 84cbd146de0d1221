import type { OfferFieldsProps } from './offer-fields-props';
import { Checkbox, MoneyInput, WholeNumberInput } from './inputs';

export function TipOfferFields({ fields, errors, currency, onChange }: OfferFieldsProps) {
  return (
    <>
      <div className="form-row">
        <MoneyInput label="Minimum tip" currency={currency} value={fields.minAmount} error={errors.minAmount} onChange={(minAmount) => onChange({ minAmount })} />
        <MoneyInput label="Maximum tip" currency={currency} value={fields.maxAmount} error={errors.maxAmount} onChange={(maxAmount) => onChange({ maxAmount })} />
        <WholeNumberInput
          label="Message limit"
          hint="Characters; 0 turns messages off."
          value={fields.messageMaxLength}
          error={errors.messageMaxLength}
          onChange={(messageMaxLength) => onChange({ messageMaxLength })}
        />
      </div>
      <Checkbox
        label="Hold messages for review"
        hint="Messages reach the stream only after you approve them."
        checked={fields.holdMessagesForReview}
        onChange={(holdMessagesForReview) => onChange({ holdMessagesForReview })}
      />
    </>
  );
}
