import { HotSeatFormat } from '../../../../shared/offers';
import { Field } from '../../../components/Field';
import { formatLabels } from '../../../lib/format';
import type { OfferFieldsProps } from './offer-fields-props';
import { Checkbox, MoneyInput, WholeNumberInput } from './inputs';

export function HotSeatOfferFields({ fields, errors, currency, onChange }: OfferFieldsProps) {
  return (
    <>
      <div className="form-row">
        <Field label="Format" error={errors.format}>
          {(control) => (
            <select {...control} value={fields.format} onChange={(event) => onChange({ format: HotSeatFormat.parse(event.target.value) })}>
              {HotSeatFormat.options.map((format) => (
                <option key={format} value={format}>
                  {formatLabels[format]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <MoneyInput
          label="Price"
          currency={currency}
          hint="Authorized at checkout, charged only after air time."
          value={fields.price}
          error={errors.price}
          onChange={(price) => onChange({ price })}
        />
        <WholeNumberInput label="Minutes on air" value={fields.minutes} error={errors.minutes} onChange={(minutes) => onChange({ minutes })} />
      </div>
      <div className="form-row">
        <WholeNumberInput label="Seats per show" value={fields.perShow} error={errors.perShow} onChange={(perShow) => onChange({ perShow })} />
        <WholeNumberInput label="Seats per buyer" value={fields.perBuyer} error={errors.perBuyer} onChange={(perBuyer) => onChange({ perBuyer })} />
      </div>
      <Checkbox
        label="Question required"
        hint="Buyers must write what they want to ask or talk about."
        checked={fields.questionRequired}
        onChange={(questionRequired) => onChange({ questionRequired })}
      />
    </>
  );
}
