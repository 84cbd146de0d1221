import { useIntl } from 'react-intl';
import { HotSeatFormat } from '../../../../shared/offers';
import { Field } from '../../../components/Field';
import type { OfferFieldsProps } from './offer-fields-props';
import { Checkbox, MoneyInput, WholeNumberInput } from './inputs';

export function HotSeatOfferFields({ fields, errors, currency, onChange }: OfferFieldsProps) {
  const intl = useIntl();
  return (
    <>
      <div className="form-row">
        <Field label={intl.formatMessage({ id: 'editor.hotseat.format' })} error={errors.format}>
          {(control) => (
            <select {...control} value={fields.format} onChange={(event) => onChange({ format: HotSeatFormat.parse(event.target.value) })}>
              {HotSeatFormat.options.map((format) => (
                <option key={format} value={format}>
                  {intl.formatMessage({ id: 'common.format' }, { format })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <MoneyInput
          label={intl.formatMessage({ id: 'editor.field.price' }, { currency: currency.toUpperCase() })}
          hint={intl.formatMessage({ id: 'editor.hotseat.priceHint' })}
          value={fields.price}
          error={errors.price}
          onChange={(price) => onChange({ price })}
        />
        <WholeNumberInput
          label={intl.formatMessage({ id: 'editor.hotseat.minutes' })}
          value={fields.minutes}
          error={errors.minutes}
          onChange={(minutes) => onChange({ minutes })}
        />
      </div>
      <div className="form-row">
        <WholeNumberInput
          label={intl.formatMessage({ id: 'editor.hotseat.perShow' })}
          value={fields.perShow}
          error={errors.perShow}
          onChange={(perShow) => onChange({ perShow })}
        />
        <WholeNumberInput
          label={intl.formatMessage({ id: 'editor.hotseat.perBuyer' })}
          value={fields.perBuyer}
          error={errors.perBuyer}
          onChange={(perBuyer) => onChange({ perBuyer })}
        />
      </div>
      <Checkbox
        label={intl.formatMessage({ id: 'editor.hotseat.questionRequired' })}
        hint={intl.formatMessage({ id: 'editor.hotseat.questionRequiredHint' })}
        checked={fields.questionRequired}
        onChange={(questionRequired) => onChange({ questionRequired })}
      />
    </>
  );
}
