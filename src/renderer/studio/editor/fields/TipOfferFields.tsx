import { useIntl } from 'react-intl';
import type { OfferFieldsProps } from './offer-fields-props';
import { Checkbox, MoneyInput, WholeNumberInput } from './inputs';

export function TipOfferFields({ fields, errors, currency, onChange }: OfferFieldsProps) {
  const intl = useIntl();
  const code = currency.toUpperCase();
  return (
    <>
      <div className="form-row">
        <MoneyInput
          label={intl.formatMessage({ id: 'editor.tip.minimum' }, { currency: code })}
          value={fields.minAmount}
          error={errors.minAmount}
          onChange={(minAmount) => onChange({ minAmount })}
        />
        <MoneyInput
          label={intl.formatMessage({ id: 'editor.tip.maximum' }, { currency: code })}
          value={fields.maxAmount}
          error={errors.maxAmount}
          onChange={(maxAmount) => onChange({ maxAmount })}
        />
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
