import { Field } from '../../../components/Field';

/** Small building blocks for the offer forms: text, money, whole numbers and yes/no. Labels and hints come translated. */

export function TextInput(props: { label: string; value: string; error?: string | undefined; hint?: string; maxLength?: number; multiline?: boolean; onChange: (value: string) => void }) {
  return (
    <Field label={props.label} error={props.error} hint={props.hint} className="grow">
      {(control) =>
        props.multiline ? (
          <textarea {...control} rows={2} value={props.value} maxLength={props.maxLength} onChange={(event) => props.onChange(event.target.value)} />
        ) : (
          <input {...control} value={props.value} maxLength={props.maxLength} onChange={(event) => props.onChange(event.target.value)} />
        )
      }
    </Field>
  );
}

/** An amount in the show's currency; the label names the currency ("Price (USD)"), the host types "5.50" or, in French, "5,50". */
export function MoneyInput(props: { label: string; value: string; error?: string | undefined; hint?: string; onChange: (value: string) => void }) {
  return (
    <Field label={props.label} error={props.error} hint={props.hint}>
      {(control) => (
        <input {...control} className="input-number" inputMode="decimal" autoComplete="off" value={props.value} onChange={(event) => props.onChange(event.target.value)} />
      )}
    </Field>
  );
}

export function WholeNumberInput(props: { label: string; value: string; error?: string | undefined; hint?: string; onChange: (value: string) => void }) {
  return (
    <Field label={props.label} error={props.error} hint={props.hint}>
      {(control) => (
        <input {...control} className="input-number" inputMode="numeric" autoComplete="off" value={props.value} onChange={(event) => props.onChange(event.target.value)} />
      )}
    </Field>
  );
}

export function Checkbox(props: { label: string; checked: boolean; hint?: string; onChange: (checked: boolean) => void }) {
  return (
    <label className="checkbox">
      <input type="checkbox" checked={props.checked} onChange={(event) => props.onChange(event.target.checked)} />
      <span>
        {props.label}
        {props.hint ? <span className="field-hint">{props.hint}</span> : null}
      </span>
    </label>
  );
}
