import { GiftAnimation } from '../../../../shared/offers';
import { Field } from '../../../components/Field';
import type { OfferFieldsProps } from './offer-fields-props';
import { Checkbox, MoneyInput, WholeNumberInput } from './inputs';

export function GiftOfferFields({ fields, errors, currency, onChange }: OfferFieldsProps) {
  return (
    <>
      <div className="form-row">
        <MoneyInput label="Price" currency={currency} value={fields.price} error={errors.price} onChange={(price) => onChange({ price })} />
        <Field label="Animation" error={errors.animation}>
          {(control) => (
            <select {...control} value={fields.animation} onChange={(event) => onChange({ animation: GiftAnimation.parse(event.target.value) })}>
              {GiftAnimation.options.map((name) => (
                <option key={name} value={name}>
                  {name[0]?.toUpperCase()}
                  {name.slice(1)}
                </option>
              ))}
            </select>
          )}
        </Field>
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
