import type { GuestView } from '../../shared/guests';

/** After the seat: thanks, and what happened with the money in plain words. */
export function ThankYou({ view }: { view: GuestView }) {
  const money = !view.paid
    ? null
    : view.outcome === 'served'
      ? view.charged
        ? 'Your card was charged for your time on air.'
        : 'Your card will be charged for your time on air.'
      : 'You were not charged: the hold on your card is released.';
  const title =
    view.outcome === 'served'
      ? 'Thank you for joining the show!'
      : view.outcome === 'no_show'
        ? 'You missed your turn'
        : 'Your seat has ended';
  return (
    <section className="guest-card guest-thanks" aria-labelledby="thanks-title">
      <h2 id="thanks-title">{title}</h2>
      {view.outcome === 'no_show' ? <p>The host called you, but you didn’t join in time.</p> : null}
      {view.outcome === 'dropped' ? <p>Your seat ended before you had your time on air.</p> : null}
      {view.outcome === 'cancelled' ? <p>Your seat was cancelled.</p> : null}
      {money ? <p className="guest-money">{money}</p> : null}
      <p>You can close this page.</p>
    </section>
  );
}
