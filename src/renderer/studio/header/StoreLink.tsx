import { useIntl } from 'react-intl';
import type { Show } from '../../../shared/offers';
import { CopyButton } from '../../components/CopyButton';
import { useStudio } from '../../hooks/use-studio';
import { hasPublicAddress, storeLinkFor } from '../../lib/studio-selectors';

/**
 * The address to share with viewers, one click to copy: the public one once the studio has it.
 * While links carry only this computer's address the header says so, since a viewer could not
 * open what the host would paste into their chat.
 */
export function StoreLink({ show, onGoPublic }: { show: Show; onGoPublic: () => void }) {
  const { snapshot } = useStudio();
  const intl = useIntl();
  const link = storeLinkFor(snapshot, show);
  const isPublic = hasPublicAddress(snapshot);
  return (
    <span className="store-link">
      <a href={link} target="_blank" rel="noreferrer noopener" className="store-link-url" title={intl.formatMessage({ id: 'shell.storeLink.open' })}>
        {link.replace(/^https?:\/\//, '')}
      </a>
      <CopyButton text={link} label={intl.formatMessage({ id: isPublic ? 'shell.storeLink.copy' : 'shell.storeLink.copyLocal' })} />
      {isPublic ? null : (
        <span className="store-link-local" role="note" title={intl.formatMessage({ id: 'shell.storeLink.localOnlyTitle' })}>
          <span>{intl.formatMessage({ id: 'shell.storeLink.localOnly' })}</span>
          <button type="button" className="button button-small" onClick={onGoPublic}>
            {intl.formatMessage({ id: 'shell.storeLink.goPublic' })}
          </button>
        </span>
      )}
    </span>
  );
}
