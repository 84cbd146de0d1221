import type { Show } from '../../../shared/offers';
import { CopyButton } from '../../components/CopyButton';
import { useStudio } from '../../hooks/use-studio';
import { storeLinkFor } from '../../lib/studio-selectors';

/** The address to share with viewers, one click to copy. */
export function StoreLink({ show }: { show: Show }) {
  const { snapshot } = useStudio();
  const link = storeLinkFor(snapshot, show);
  return (
    <span className="store-link">
      <a href={link} target="_blank" rel="noreferrer noopener" className="store-link-url" title="Open the store page">
        {link.replace(/^https?:\/\//, '')}
      </a>
      <CopyButton text={link} label="Copy link" />
    </span>
  );
}
