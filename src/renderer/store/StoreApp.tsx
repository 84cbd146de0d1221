import { useEffect, useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Notice } from '../components/Notice';
import { useHealth } from '../hooks/use-health';
import { useNetworkAvailable } from '../hooks/use-network-available';
import { useStoreView } from '../hooks/use-store-view';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';
import { useLocalizeError } from '../i18n/use-localize-error';
import { OfferCard } from './OfferCard';
import { ResendReceiptForm } from './ResendReceiptForm';

const strong = (chunks: ReactNode[]) => <strong>{chunks}</strong>;

/** The public store of the live show: offers as cards, each opening its own order form. */
export function StoreApp() {
  const intl = useIntl();
  const localize = useLocalizeError();
  const { state, retry, refresh } = useStoreView();
  const networkAvailable = useNetworkAvailable();
  const rehearsal = useHealth()?.payments === 'rehearsal';
  const [openOfferId, setOpenOfferId] = useState<string | null>(null);
  const title = state.phase === 'ready' ? state.view.show.title : null;

  useEffect(() => {
    document.title = title ? intl.formatMessage({ id: 'store.documentTitle' }, { title }) : intl.formatMessage({ id: 'store.documentTitle.noShow' });
  }, [title, intl]);

  return (
    <div className="public-page">
      <header className="public-header store-header">
        <div className="store-header-bar">
          {state.phase === 'ready' && state.view.show.status === 'live' ? <span className="live-badge">{intl.formatMessage({ id: 'store.liveBadge' })}</span> : null}
          <LanguageSwitcher />
        </div>
        {state.phase === 'ready' ? (
          <>
            <h1>{state.view.show.title}</h1>
            <p className="public-lede">{intl.formatMessage({ id: 'store.lede' })}</p>
          </>
        ) : (
          <h1>{intl.formatMessage({ id: 'store.heading' })}</h1>
        )}
      </header>
      {rehearsal && state.phase === 'ready' ? (
        <div className="public-banner public-banner-rehearsal" role="note">
          <FormattedMessage id="store.banner.rehearsal" values={{ strong }} />
        </div>
      ) : null}
      {!networkAvailable ? (
        <div className="public-banner" role="status">
          {intl.formatMessage({ id: 'store.banner.offline' })}
        </div>
      ) : null}
      <main className="public-main">
        {state.phase === 'loading' ? <Notice kind="loading" title={intl.formatMessage({ id: 'store.loading' })} /> : null}
        {state.phase === 'not-live' ? (
          <Notice
            kind="info"
            title={intl.formatMessage({ id: 'store.notLive.title' })}
            action={
              <button type="button" className="button" onClick={retry}>
                {intl.formatMessage({ id: 'store.notLive.checkAgain' })}
              </button>
            }
          >
            {intl.formatMessage({ id: 'store.notLive.body' })}
          </Notice>
        ) : null}
        {state.phase === 'error' ? (
          <Notice
            kind={networkAvailable ? 'error' : 'offline'}
            title={intl.formatMessage({ id: 'store.error.title' })}
            action={
              <button type="button" className="button" onClick={retry}>
                {intl.formatMessage({ id: 'common.retry' })}
              </button>
            }
          >
            {localize(state.error).message}
          </Notice>
        ) : null}
        {state.phase === 'ready' ? (
          state.view.offers.length === 0 ? (
            <Notice kind="empty" title={intl.formatMessage({ id: 'store.empty.title' })}>
              {intl.formatMessage({ id: 'store.empty.body' })}
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
      <section className="public-resend" aria-label={intl.formatMessage({ id: 'store.receipts.label' })}>
        <ResendReceiptForm />
      </section>
      <footer className="public-footer">
        {intl.formatMessage({ id: 'store.footer' }, { payments: rehearsal ? 'rehearsal' : 'stripe' })}
      </footer>
    </div>
  );
}
