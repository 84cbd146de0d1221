import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { formatMoney } from '../../shared/money';

/** Money and dates in the page's language ("25,00 €" in French, "€25.00" in English). */
export function useFormat() {
  const { locale } = useIntl();
  return useMemo(
    () => ({
      money: (amount: number, currency: string) => formatMoney(amount, currency, locale),
      dateTime: (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
    }),
    [locale],
  );
}
