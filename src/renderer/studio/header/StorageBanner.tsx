import { useStudio } from '../../hooks/use-studio';
import { formatTimeOfDay } from '../../lib/format';

const TITLES = {
  busy: 'The studio cannot save: its database is locked.',
  full: 'The studio cannot save: the disk is full.',
  failing: 'The studio cannot save: the disk refused to write.',
} as const;

/**
 * Says, under the header, when the studio cannot write to its database (another program holds a
 * lock, or the disk is full): what failed, what to do, and what keeps working. It goes away by
 * itself once a write goes through again.
 */
export function StorageBanner() {
  const { snapshot } = useStudio();
  const storage = snapshot.storage;
  if (storage.state === 'ok') return null;
  return (
    <div className="banner banner-error" role="alert" data-testid="storage-banner">
      <strong>{TITLES[storage.state]}</strong> {storage.message?.replace(/^Could not save: /, '')}
      {storage.failedAction ? <> Last failed: {storage.failedAction}</> : null}
      {storage.since ? <> (since {formatTimeOfDay(storage.since)}).</> : null} The queue, the program and guests on air keep
      going; anything that needs saving (accept, reject, new orders) is refused with this reason and changes nothing.
      Payments made meanwhile are not lost: the studio applies them as soon as it can save.
    </div>
  );
}
