import { useIntl } from 'react-intl';
import type { OfferFieldsProps } from './offer-fields-props';
import { TextInput } from './inputs';

export function CommonOfferFields({ fields, errors, onChange }: OfferFieldsProps) {
  const intl = useIntl();
  return (
    <>
      <TextInput label={intl.formatMessage({ id: 'editor.field.title' })} value={fields.title} error={errors.title} maxLength={80} onChange={(title) => onChange({ title })} />
      <TextInput
        label={intl.formatMessage({ id: 'editor.field.description' })}
        hint={intl.formatMessage({ id: 'editor.field.descriptionHint' })}
        value={fields.description}
        error={errors.description}
        maxLength={500}
        multiline
        onChange={(description) => onChange({ description })}
      />
    </>
  );
}
