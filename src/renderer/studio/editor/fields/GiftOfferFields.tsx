import { useIntl } from 'react-intl';
import { GiftAnimation } from '../../../../shared/offers';
import { Field } from '../../../components/Field';
import type { OfferFieldsProps } from './offer-fields-props';
import { Checkbox, MoneyInput, WholeNumberInput } from './inputs';

export function GiftOfferFields({ fields, errors, currency, onChange }: OfferFieldsProps) {
  const intl = useIntl();
  return (
    <>
      <div className="form-row">
        <MoneyInput
          label={intl.formatMessage({ id: 'editor.field.price' }, { currency: currency.toUpperCase() })}
          value={fields.price}
          error={errors.price}
          onChange={(price) => onChange({ price })}
        />
        <Field label={intl.formatMessage({ id: 'editor.gift.animation' })} error={errors.animation}>
          {(control) => (
            <select {...control} value={fields.animation} onChange={(event) => onChange({ animation: GiftAnimation.parse(event.target.value) })}>
              {GiftAnimation.options.map((name) => (
                <option key={name} value={name}>
                  {intl.formatMessage({ id: 'editor.gift.animationName' }, { animation: name })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <WholeNumberInput
          label={intl.formatMessage({ id: 'editor.field.messageLimit' })}
          hint={intl.formatMessage({ id: 'editor.field.messageLimitHint' })}
          value={fields.messageMaxLength}
          error={errors.messageMaxLength}
          onChange={(messageMaxLength) => onChange({ messageMaxLength })}
        />
      </div>
      <Checkbox
        label={intl.formatMessage({ id: 'editor.field.holdMessages' })}
        hint={intl.formatMessage({ id: 'editor.field.holdMessagesHint' })}
        checked={fields.holdMessagesForReview}
        onChange={(holdMessagesForReview) => onChange({ holdMessagesForReview })}
      />
    </>
  );
}
