import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { AppErrorShape } from '../../shared/result';
import { CheckoutResponse, type StoreOffer } from '../../shared/store-api';
import { Field } from '../components/Field';
import { useBuyerKey } from '../hooks/use-buyer-key';
import { useFormat } from '../i18n/use-format';
import { useLocalizeError } from '../i18n/use-localize-error';
import { buildCheckoutRequest, emptyOrderFields, type FormMessage, type OrderFields } from '../lib/checkout-form';
import { requestJson } from '../lib/http';
import { CharacterCount } from './CharacterCount';
import { stockLevel } from './stock-level';

/** Codes that mean the offers on screen are out of date. */
const STALE_CODES = new Set<AppErrorShape['code']>(['sold_out', 'limit_reached', 'show_not_live', 'not_found']);

/** The form's own checks are catalog messages; the server's come as reasons, worded here (useLocalizeError). Both in the page's language. */
type FieldError = FormMessage | string;

const strong = (chunks: ReactNode[]) => <strong>{chunks}</strong>;

/** The order form inside an offer card; on success the browser goes to the secure checkout. */
export function OrderForm({ offer, currency, onCancel, onStale }: { offer: StoreOffer; currency: string; onCancel: () => void; onStale: () => void }) {
  const intl = useIntl();
  const { money } = useFormat();
  const localize = useLocalizeError();
  const buyerKey = useBuyerKey();
  const [fields, setFields] = useState<OrderFields>(() => emptyOrderFields(offer));
  const [errors, setErrors] = useState<Record<string, FieldError>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    form.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, []);

  const say = (error: FieldError | undefined) => (error === undefined || typeof error === 'string' ? error : intl.formatMessage({ id: error.id }, error.values));

  const change = (patch: Partial<OrderFields>) => {
    setFields((current) => ({ ...current, ...patch }));
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([key]) => !(key in patch))));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (submitting) return;
    setGeneral(null);
    // The page's language goes along, so the checkout page (Stripe's, or the rehearsal one) speaks it too.
    const request = buildCheckoutRequest(offer, fields, currency, buyerKey, intl.locale);
    if (!request.ok) {
      setErrors(request.errors);
      focusFirstInvalid(form.current);
      return;
    }
    setSubmitting(true);
    const result = await requestJson('/api/checkout', CheckoutResponse, { method: 'POST', body: request.value });
    if (result.ok) {
      window.location.assign(result.value.checkoutUrl); // keep "submitting": the page is leaving
      return;
    }
    setSubmitting(false);
    // The studio's refusal in the page's language: the fields' problems by field, or the whole sentence.
    const error = localize(result.error);
    setErrors(error.details ?? {});
    setGeneral(error.details && Object.keys(error.details).length > 0 ? null : error.message);
    if (STALE_CODES.has(error.code)) onStale();
  };

  const amount = offer.kind === 'tip' ? null : money(offer.price, currency);
  const submitText = submitting
    ? intl.formatMessage({ id: 'store.order.submitting' })
    : amount
      ? intl.formatMessage({ id: 'store.order.submitWithAmount' }, { amount })
      : intl.formatMessage({ id: 'store.order.submit' });
  return (
    <form ref={form} className="order-form form" onSubmit={(event) => void submit(event)} noValidate onKeyDown={(event) => event.key === 'Escape' && !submitting && onCancel()}>
      <Field
        label={intl.formatMessage({ id: 'store.order.name' })}
        error={say(errors.buyerName)}
        hint={intl.formatMessage({ id: offer.kind === 'hotseat' ? 'store.order.nameHint.hotseat' : 'store.order.nameHint.other' })}
      >
        {(control) => <input {...control} autoComplete="name" maxLength={60} required value={fields.buyerName} onChange={(event) => change({ buyerName: event.target.value })} />}
      </Field>

      {offer.kind === 'tip' ? (
        <Field
          label={intl.formatMessage({ id: 'store.order.amount' }, { currency: currency.toUpperCase() })}
          error={say(errors.amount)}
          hint={intl.formatMessage({ id: 'store.order.amountHint' }, { min: money(offer.minAmount, currency), max: money(offer.maxAmount, currency) })}
        >
          {(control) => <input {...control} inputMode="decimal" autoComplete="off" required value={fields.amount} onChange={(event) => change({ amount: event.target.value })} />}
        </Field>
      ) : null}

      {(offer.kind === 'tip' || offer.kind === 'gift') && offer.messageMaxLength > 0 ? (
        <Field
          label={intl.formatMessage({ id: 'store.order.message' })}
          error={say(errors.message)}
          hint={<CharacterCount used={fields.message.trim().length} limit={offer.messageMaxLength} />}
        >
          {(control) => <textarea {...control} rows={3} value={fields.message} onChange={(event) => change({ message: event.target.value })} />}
        </Field>
      ) : null}

      {offer.kind === 'merch' ? (
        <>
          <Field label={intl.formatMessage({ id: 'store.order.variant' })} error={say(errors.variantId)}>
            {(control) => (
              <select {...control} value={fields.variantId} onChange={(event) => change({ variantId: event.target.value })}>
                {offer.variants.map((variant) => (
                  <option key={variant.id} value={variant.id} disabled={variant.available <= 0}>
                    {intl.formatMessage({ id: 'store.order.variantOption' }, { label: variant.label, ...stockLevel(variant.available) })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <p className="order-note">{intl.formatMessage({ id: 'store.order.merchNote' }, { countries: offer.shippingCountries.join(', ') })}</p>
        </>
      ) : null}

      {offer.kind === 'hotseat' ? (
        <>
          <Field
            label={intl.formatMessage({ id: 'store.order.question' }, { required: offer.questionRequired ? 'yes' : 'no' })}
            error={say(errors.question)}
            hint={<CharacterCount used={fields.question.trim().length} limit={500} />}
          >
            {(control) => (
              <textarea {...control} rows={3} required={offer.questionRequired} value={fields.question} onChange={(event) => change({ question: event.target.value })} />
            )}
          </Field>
          <p className="order-note order-note-money">
            <FormattedMessage id="store.order.authorizeNote" values={{ strong }} />
          </p>
        </>
      ) : null}

      {general ? (
        <p className="inline-error" role="alert">
          {general}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary button-large" disabled={submitting} aria-busy={submitting}>
          {submitText}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel} disabled={submitting}>
          {intl.formatMessage({ id: 'store.order.cancel' })}
        </button>
      </div>
    </form>
  );
}

function focusFirstInvalid(form: HTMLFormElement | null): void {
  // After React renders the errors: the invalid marker is set on the next frame.
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
