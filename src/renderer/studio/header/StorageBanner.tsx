import { useStudio } from '../../hooks/use-studio';
import { formatTimeOfDay } from '../../lib/format';

const TITLES = {
  busy: 'The studio cannot save: another program has locked its database.',
  full: 'The studio cannot save: the disk is full.',
  failing: 'The studio cannot save: the disk refused to write.',
} as const;

const WHAT_TO_DO = {
  busy: 'Close the program holding it (a backup, sync or database tool?).',
  full: 'Free some disk space.',
  failing: 'Check that the disk is connected and writable.',
} as const;

/**
 * Says, under the header, when the studio cannot write to its database (another program holds a
 * lock, or the disk is full): the cause, what to do, and what keeps working. It goes away by itself
 * once a write goes through again.
 */
export function StorageBanner() {
  const { snapshot } = useStudio();
  const storage = snapshot.storage;
  if (storage.state === 'ok') return null;
  return (
    <div className="banner banner-error" role="alert" data-testid="storage-banner">
      <strong>{TITLES[storage.state]}</strong> {WHAT_TO_DO[storage.state]} The studio keeps trying.
      {storage.failedAction ? (
        <>
          {' '}
          Last failed: {storage.failedAction}
          {storage.since ? `, failing since ${formatTimeOfDay(storage.since)}` : ''}.
        </>
      ) : null}
      <br />
      The queue, the program and guests on air keep going. Accept, reject and new orders are refused and change nothing until
      then; payments made meanwhile are applied as soon as saving works.
    </div>
  );
}
