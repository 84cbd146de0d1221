import { useIntl } from 'react-intl';
import type { GuestView } from '../../shared/guests';
import type { MessageId } from '../../shared/i18n/messages';

/** After the seat: thanks, and what happened with the money in plain words. */
export function ThankYou({ view }: { view: GuestView }) {
  const intl = useIntl();
  const money = moneyMessage(view);
  return (
    <section className="guest-card guest-thanks" aria-labelledby="thanks-title">
      <h2 id="thanks-title">{intl.formatMessage({ id: 'guest.thanks.title' }, { outcome: view.outcome ?? 'ended' })}</h2>
      {view.outcome === 'no_show' ? <p>{intl.formatMessage({ id: 'guest.thanks.noShow' })}</p> : null}
      {view.outcome === 'dropped' ? <p>{intl.formatMessage({ id: 'guest.thanks.dropped' })}</p> : null}
      {view.outcome === 'cancelled' ? <p>{intl.formatMessage({ id: 'guest.thanks.cancelled' })}</p> : null}
      {money ? <p className="guest-money">{intl.formatMessage({ id: money })}</p> : null}
      <p>{intl.formatMessage({ id: 'guest.thanks.close' })}</p>
    </section>
  );
}

/** Whether the card was (or will be) charged; nothing to say for a free seat. */
function moneyMessage(view: GuestView): MessageId | null {
  if (!view.paid) return null;
  if (view.outcome !== 'served') return 'guest.thanks.notCharged';
  return view.charged ? 'guest.thanks.charged' : 'guest.thanks.willBeCharged';
}
