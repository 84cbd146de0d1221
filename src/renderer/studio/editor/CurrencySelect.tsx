import type { SelectHTMLAttributes } from 'react';

/** Currencies creators use most; a show in another currency keeps its own in the list. */
const COMMON = ['usd', 'eur', 'gbp', 'cad', 'aud', 'nzd', 'chf', 'sek', 'nok', 'dkk', 'pln', 'jpy', 'sgd', 'hkd', 'inr', 'brl', 'mxn'];

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value'> & { value: string; onChange: (currency: string) => void };

export function CurrencySelect({ value, onChange, ...rest }: Props) {
  const options = COMMON.includes(value) ? COMMON : [value, ...COMMON];
  return (
    <select {...rest} value={value} onChange={(event) => onChange(event.target.value)}>
      {options.map((code) => (
        <option key={code} value={code}>
          {code.toUpperCase()}
        </option>
      ))}
    </select>
  );
}
