import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { AppErrorShape } from '../../shared/result';
import { CheckoutResponse, type StoreOffer } from '../../shared/store-api';
import { Field } from '../components/Field';
import { useBuyerKey } from '../hooks/use-buyer-key';
import { buildCheckoutRequest, emptyOrderFields, type OrderFields } from '../lib/checkout-form';
import { formatMoney } from '../lib/format';
import { requestJson } from '../lib/http';
import { CharacterCount } from './CharacterCount';

/** Codes that mean the offers on screen are out of date. */
const STALE_CODES = new Set<AppErrorShape['code']>(['sold_out', 'limit_reached', 'show_not_live', 'not_found']);

/** The order form inside an offer card; on success the browser goes to the secure checkout. */
export function OrderForm({ offer, currency, onCancel, onStale }: { offer: StoreOffer; currency: string; onCancel: () => void; onStale: () => void }) {
  const buyerKey = useBuyerKey();
  const [fields, setFields] = useState<OrderFields>(() => emptyOrderFields(offer));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    form.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, []);

  const change = (patch: Partial<OrderFields>) => {
    setFields((current) => ({ ...current, ...patch }));
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([key]) => !(key in patch))));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (submitting) return;
    setGeneral(null);
    const request = buildCheckoutRequest(offer, fields, currency, buyerKey);
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
    setErrors(result.error.details ?? {});
    setGeneral(result.error.details && Object.keys(result.error.details).length > 0 ? null : result.error.message);
    if (STALE_CODES.has(result.error.code)) onStale();
  };

  const amount = offer.kind === 'tip' ? null : formatMoney(offer.price, currency);
  return (
    <form ref={form} className="order-form form" onSubmit={(event) => void submit(event)} noValidate onKeyDown={(event) => event.key === 'Escape' && !submitting && onCancel()}>
      <Field label="Your name" error={errors.buyerName} hint={offer.kind === 'hotseat' ? 'Shown to the host and, on air, to the audience.' : 'Shown with your order.'}>
        {(control) => <input {...control} autoComplete="name" maxLength={60} required value={fields.buyerName} onChange={(event) => change({ buyerName: event.target.value })} />}
      </Field>

      {offer.kind === 'tip' ? (
        <Field label={`Amount (${currency.toUpperCase()})`} error={errors.amount} hint={`${formatMoney(offer.minAmount, currency)} to ${formatMoney(offer.maxAmount, currency)}`}>
          {(control) => <input {...control} inputMode="decimal" autoComplete="off" required value={fields.amount} onChange={(event) => change({ amount: event.target.value })} />}
        </Field>
      ) : null}

      {(offer.kind === 'tip' || offer.kind === 'gift') && offer.messageMaxLength > 0 ? (
        <Field label="Message (optional)" error={errors.message} hint={<CharacterCount used={fields.message.trim().length} limit={offer.messageMaxLength} />}>
          {(control) => <textarea {...control} rows={3} value={fields.message} onChange={(event) => change({ message: event.target.value })} />}
        </Field>
      ) : null}

      {offer.kind === 'merch' ? (
        <>
          <Field label="Size / variant" error={errors.variantId}>
            {(control) => (
              <select {...control} value={fields.variantId} onChange={(event) => change({ variantId: event.target.value })}>
                {offer.variants.map((variant) => (
                  <option key={variant.id} value={variant.id} disabled={variant.available <= 0}>
                    {variant.label}
                    {variant.available <= 0 ? ' — sold out' : variant.available <= 3 ? ` — only ${variant.available} left` : ''}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <p className="order-note">Your email and shipping address are asked for at checkout. Ships to {offer.shippingCountries.join(', ')}.</p>
        </>
      ) : null}

      {offer.kind === 'hotseat' ? (
        <>
          <Field
            label={offer.questionRequired ? 'Your question' : 'Your question (optional)'}
            error={errors.question}
            hint={<CharacterCount used={fields.question.trim().length} limit={500} />}
          >
            {(control) => (
              <textarea {...control} rows={3} required={offer.questionRequired} value={fields.question} onChange={(event) => change({ question: event.target.value })} />
            )}
          </Field>
          <p className="order-note order-note-money">
            Your card is only <strong>authorized</strong> now. You are charged only after your time on air; if the host doesn’t pick you, you pay nothing.
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
          {submitting ? 'Opening secure checkout…' : amount ? `Continue to payment · ${amount}` : 'Continue to payment'}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel} disabled={submitting}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function focusFirstInvalid(form: HTMLFormElement | null): void {
  // After React renders the errors: the invalid marker is set on the next frame.
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
