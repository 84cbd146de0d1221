import { useEffect, useState } from 'react';
import { Notice } from '../components/Notice';
import { useHealth } from '../hooks/use-health';
import { useNetworkAvailable } from '../hooks/use-network-available';
import { useStoreView } from '../hooks/use-store-view';
import { OfferCard } from './OfferCard';
import { ResendReceiptForm } from './ResendReceiptForm';

/** The public store of the live show: offers as cards, each opening its own order form. */
export function StoreApp() {
  const { state, retry, refresh } = useStoreView();
  const networkAvailable = useNetworkAvailable();
  const rehearsal = useHealth()?.payments === 'rehearsal';
  const [openOfferId, setOpenOfferId] = useState<string | null>(null);
  const title = state.phase === 'ready' ? state.view.show.title : null;

  useEffect(() => {
    document.title = title ? `${title} · Live store` : 'Live store · Hotseat';
  }, [title]);

  return (
    <div className="public-page">
      <header className="public-header">
        {state.phase === 'ready' ? (
          <>
            {state.view.show.status === 'live' ? <span className="live-badge">Live</span> : null}
            <h1>{state.view.show.title}</h1>
            <p className="public-lede">Support the show — every payment goes straight to the creator.</p>
          </>
        ) : (
          <h1>Live store</h1>
        )}
      </header>
      {rehearsal && state.phase === 'ready' ? (
        <div className="public-banner public-banner-rehearsal" role="note">
          <strong>Rehearsal:</strong> this store is being tested. Checkout is pretend and no real money moves.
        </div>
      ) : null}
      {!networkAvailable ? (
        <div className="public-banner" role="status">
          You’re offline. The store will refresh when you’re back online.
        </div>
      ) : null}
      <main className="public-main">
        {state.phase === 'loading' ? <Notice kind="loading" title="Loading the store…" /> : null}
        {state.phase === 'not-live' ? (
          <Notice
            kind="info"
            title="The show isn’t live right now — check back soon"
            action={
              <button type="button" className="button" onClick={retry}>
                Check again
              </button>
            }
          >
            The store opens when the show goes live.
          </Notice>
        ) : null}
        {state.phase === 'error' ? (
          <Notice
            kind={networkAvailable ? 'error' : 'offline'}
            title="The store could not be loaded"
            action={
              <button type="button" className="button" onClick={retry}>
                Try again
              </button>
            }
          >
            {state.error.message}
          </Notice>
        ) : null}
        {state.phase === 'ready' ? (
          state.view.offers.length === 0 ? (
            <Notice kind="empty" title="Nothing for sale just yet">
              The creator hasn’t opened any offers. Check back in a moment.
            </Notice>
          ) : (
            <ul className="offer-cards">
              {state.view.offers.map((offer) => (
                <OfferCard
                  key={offer.id}
                  offer={offer}
                  currency={state.view.show.currency}
                  open={openOfferId === offer.id}
                  onOpen={() => setOpenOfferId(offer.id)}
                  onClose={() => setOpenOfferId(null)}
                  onStale={refresh}
                />
              ))}
            </ul>
          )
        ) : null}
      </main>
      <section className="public-resend" aria-label="Your receipts">
        <ResendReceiptForm />
      </section>
      <footer className="public-footer">
        {rehearsal ? 'Rehearsal checkout: no real payments.' : 'Payments are processed securely by Stripe.'} Powered by Hotseat.
      </footer>
    </div>
  );
}
