import { useIntl } from 'react-intl';
import type { VariantFields } from '../../../lib/offer-form';
import type { OfferFieldsProps } from './offer-fields-props';
import { MoneyInput, TextInput } from './inputs';

export function MerchOfferFields({ fields, errors, currency, onChange }: OfferFieldsProps) {
  const intl = useIntl();
  const setVariant = (index: number, patch: Partial<VariantFields>) =>
    onChange({ variants: fields.variants.map((variant, i) => (i === index ? { ...variant, ...patch } : variant)) });
  return (
    <>
      <div className="form-row">
        <MoneyInput
          label={intl.formatMessage({ id: 'editor.field.price' }, { currency: currency.toUpperCase() })}
          value={fields.price}
          error={errors.price}
          onChange={(price) => onChange({ price })}
        />
        <TextInput
          label={intl.formatMessage({ id: 'editor.merch.shipsTo' })}
          hint={intl.formatMessage({ id: 'editor.merch.shipsToHint' })}
          value={fields.shippingCountries}
          error={errors.shippingCountries ?? firstNested(errors, 'shippingCountries')}
          onChange={(shippingCountries) => onChange({ shippingCountries })}
        />
      </div>
      <fieldset className="variants">
        <legend>{intl.formatMessage({ id: 'editor.merch.variants' })}</legend>
        {errors.variants ? <p className="field-error">{errors.variants}</p> : null}
        <table className="variants-table">
          <thead>
            <tr>
              <th scope="col">{intl.formatMessage({ id: 'editor.merch.variantLabel' })}</th>
              <th scope="col">{intl.formatMessage({ id: 'editor.merch.inStock' })}</th>
              <th scope="col">
                <span className="visually-hidden">{intl.formatMessage({ id: 'editor.merch.remove' })}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {fields.variants.map((variant, index) => {
              const labelError = errors[`variants.${index}.label`] ?? errors[`variants.${index}.id`];
              const stockError = errors[`variants.${index}.stock`];
              return (
                <tr key={index}>
                  <td>
                    <input
                      aria-label={intl.formatMessage({ id: 'editor.merch.variantLabelField' }, { number: index + 1 })}
                      aria-invalid={Boolean(labelError)}
                      value={variant.label}
                      maxLength={40}
                      onChange={(event) => setVariant(index, { label: event.target.value })}
                    />
                    {labelError ? <div className="field-error">{labelError}</div> : null}
                  </td>
                  <td>
                    <input
                      aria-label={intl.formatMessage({ id: 'editor.merch.variantStockField' }, { number: index + 1 })}
                      aria-invalid={Boolean(stockError)}
                      className="input-number"
                      inputMode="numeric"
                      value={variant.stock}
                      onChange={(event) => setVariant(index, { stock: event.target.value })}
                    />
                    {stockError ? <div className="field-error">{stockError}</div> : null}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button-small button-quiet"
                      disabled={fields.variants.length === 1}
                      aria-label={intl.formatMessage({ id: 'editor.merch.removeVariant' }, { name: variant.label || index + 1 })}
                      onClick={() => onChange({ variants: fields.variants.filter((_, i) => i !== index) })}
                    >
                      {intl.formatMessage({ id: 'editor.merch.remove' })}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <button
          type="button"
          className="button button-small"
          disabled={fields.variants.length >= 30}
          onClick={() => onChange({ variants: [...fields.variants, { id: '', label: '', stock: '0' }] })}
        >
          {intl.formatMessage({ id: 'editor.merch.addVariant' })}
        </button>
      </fieldset>
    </>
  );
}

function firstNested(errors: Record<string, string>, field: string): string | undefined {
  return Object.entries(errors).find(([key]) => key.startsWith(`${field}.`))?.[1];
}
