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
  const link = storeLinkFor(snapshot, show);
  const isPublic = hasPublicAddress(snapshot);
  return (
    <span className="store-link">
      <a href={link} target="_blank" rel="noreferrer noopener" className="store-link-url" title="Open the store page">
        {link.replace(/^https?:\/\//, '')}
      </a>
      <CopyButton text={link} label={isPublic ? 'Copy link' : 'Copy local link'} />
      {isPublic ? null : (
        <span className="store-link-local" role="note" title="Viewers can’t open this link: it works on this computer only. Go public in Settings → Network.">
          <span>This computer only</span>
          <button type="button" className="button button-small" onClick={onGoPublic}>
            Go public…
          </button>
        </span>
      )}
    </span>
  );
}
