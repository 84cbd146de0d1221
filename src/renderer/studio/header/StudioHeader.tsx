import { useIntl } from 'react-intl';
import type { Show } from '../../../shared/offers';
import { BRAND } from '../../components/FullPage';
import { useStudio } from '../../hooks/use-studio';
import { ConnectionStatus } from './ConnectionStatus';
import { PaymentsBadge } from './PaymentsBadge';
import { ShowStatusControl } from './ShowStatusControl';
import { StoreLink } from './StoreLink';

/** The strip the host glances at: which show, is it live, is money real, are we connected. */
export function StudioHeader({ show, onOpenSettings }: { show: Show | null; onOpenSettings: () => void }) {
  const { snapshot, connection } = useStudio();
  const intl = useIntl();
  return (
    <header className="studio-header">
      <div className="brand">{BRAND}</div>
      <div className="header-show">
        {show ? (
          <>
            <h1 className="header-title" title={show.title}>
              {show.title}
            </h1>
            <ShowStatusControl show={show} />
          </>
        ) : (
          <h1 className="header-title header-title-empty">{intl.formatMessage({ id: 'shell.noShow' })}</h1>
        )}
      </div>
      <div className="header-meta">
        <PaymentsBadge payments={snapshot.payments} />
        <ConnectionStatus connection={connection} />
        {show ? <StoreLink show={show} onGoPublic={onOpenSettings} /> : null}
      </div>
    </header>
  );
}
