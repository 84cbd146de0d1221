import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import type { Locale } from '../../../shared/i18n/locale';
import { createTranslator } from '../../../shared/i18n/messages';
import { parseMoney } from '../../../shared/money';
import type { Offer, OfferKind, Show } from '../../../shared/offers';
import { useCommand } from '../../hooks/use-command';
import { useStudio } from '../../hooks/use-studio';
import { formErrors } from '../../lib/field-errors';
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
const MONEY_FIELDS = ['minAmount', 'maxAmount', 'price'] as const;

/** Add or edit one offer. Typing mistakes are caught here; the rules are the contract's and the core's. */
export function OfferEditor({ show, kind, offer, onDone }: { show: Show; kind: OfferKind; offer: Offer | null; onDone: () => void }) {
  const intl = useIntl();
  const { online } = useStudio();
  const create = useCommand('offer.create');
  const update = useCommand('offer.update');
  const command = offer ? update : create;
  const [fields, setFields] = useState<OfferFields>(() =>
    offer ? typedMoney(offerToFields(offer, show.currency), intl.locale) : newOfferFields(kind, show.language),
  );
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
    const converted = fieldsToOfferInput(readMoney(fields, intl.locale), show.currency);
    if (!converted.ok) {
      // offer-form says what was mistyped in English; only its field paths are kept, the words are the catalog's.
      const decimals = parseMoney('5.50', show.currency) === null ? 'none' : 'some';
      const said = (field: string) =>
        (MONEY_FIELDS as readonly string[]).includes(field)
          ? intl.formatMessage({ id: 'editor.invalid.amount' }, { decimals })
          : intl.formatMessage({ id: 'editor.invalid.wholeNumber' });
      setTypingErrors(
        Object.fromEntries(
          Object.keys(converted.errors).map((key) => {
            const field = key.replace(/^offer\./, '');
            return [field, said(field)];
          }),
        ),
      );
      command.clearError();
      return;
    }
    setTypingErrors({});
    const result = offer ? await update.run({ offerId: offer.id, offer: converted.value }) : await create.run({ showId: show.id, offer: converted.value });
    if (result?.ok) onDone();
  };

  const props: OfferFieldsProps = { fields, errors, currency: show.currency, onChange: change };
  return (
    <form
      className="form offer-editor"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={intl.formatMessage({ id: 'editor.offer.formLabel' }, { mode: offer ? 'edit' : 'new', kind })}
    >
      <h3 className="offer-editor-title">{intl.formatMessage({ id: 'editor.offer.heading' }, { mode: offer ? 'edit' : 'new', kind })}</h3>
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
          {intl.formatMessage({ id: 'editor.offer.fixFields' })}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={!online || command.pending}>
          {intl.formatMessage({ id: command.pending ? 'editor.saving' : offer ? 'editor.offer.save' : 'editor.offer.add' })}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {intl.formatMessage({ id: 'editor.cancel' })}
        </button>
      </div>
    </form>
  );
}

/** A new offer's fields, its suggested title and first variant worded for the show's audience (its on-stream language). */
function newOfferFields(kind: OfferKind, language: Locale): OfferFields {
  const t = createTranslator(language);
  const fields = emptyOfferFields(kind);
  return {
    ...fields,
    title: t('editor.offer.defaultTitle', { kind }),
    variants: fields.variants.map((variant) => ({ ...variant, label: t('editor.merch.defaultVariant') })),
  };
}

/** Saved amounts shown as a French host writes them: "12,50" (offer-form writes "12.50"). */
function typedMoney(fields: OfferFields, locale: Locale): OfferFields {
  if (locale !== 'fr') return fields;
  const comma = (text: string) => text.replace('.', ',');
  return { ...fields, minAmount: comma(fields.minAmount), maxAmount: comma(fields.maxAmount), price: comma(fields.price) };
}

/**
 * What the host typed, as parseMoney reads it. French writes "12,50": there the comma is the
 * decimal mark (and a dot, if any, groups thousands); parseMoney reads commas as grouping, so a
 * French amount with a comma becomes "12.50" first, as the store's order form does. Without a
 * comma it is read as typed ("12.50" stays twelve and a half).
 */
function readMoney(fields: OfferFields, locale: Locale): OfferFields {
  if (locale !== 'fr') return fields;
  const dot = (text: string) => (text.includes(',') ? text.replace(/\./g, '').replace(',', '.') : text);
  return { ...fields, minAmount: dot(fields.minAmount), maxAmount: dot(fields.maxAmount), price: dot(fields.price) };
}
