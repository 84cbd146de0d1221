import type { Show } from '../../../shared/offers';
import { Notice } from '../../components/Notice';
import { useNow } from '../../hooks/use-now';
import { useStudio } from '../../hooks/use-studio';
import { acceptedSeats, pendingSeats } from '../../lib/studio-selectors';
import { Panel } from '../common/Panel';
import { AcceptedSeat } from './AcceptedSeat';
import { PendingSeat } from './PendingSeat';

/** Paid hot seats: the ones to decide on, then the line of accepted guests. */
export function QueuePanel({ show }: { show: Show | null }) {
  const { snapshot } = useStudio();
  const now = useNow(1000);
  if (!show) {
    return (
      <Panel title="Hot-seat queue">
        <Notice kind="empty" title="No show yet">
          Create a show and a hot-seat offer in “Show &amp; offers”.
        </Notice>
      </Panel>
    );
  }
  const pending = pendingSeats(snapshot, show.id);
  const accepted = acceptedSeats(snapshot, show.id);
  return (
    <div className="queue">
      <Panel title="Waiting for review" count={pending.length} className="panel-pending">
        {pending.length === 0 ? (
          <Notice kind="empty" title="Nobody waiting">
            {show.status === 'live' ? 'New hot-seat purchases appear here the moment they are paid.' : 'Hot seats can be bought once the show is live.'}
          </Notice>
        ) : (
          <>
            <p className="panel-note">Focus a card and press <kbd>A</kbd> to accept or <kbd>R</kbd> to reject.</p>
            <ol className="seat-list">
              {pending.map((purchase) => (
                <PendingSeat key={purchase.id} purchase={purchase} now={now} />
              ))}
            </ol>
          </>
        )}
      </Panel>
      <Panel title="Accepted — in line" count={accepted.length} className="panel-accepted">
        <p className="panel-note panel-note-money">
          Accepted seats stay <strong>authorized, not charged</strong>: a card is charged only after that guest’s time on air. If they never
          make it on air, the hold is released.
        </p>
        {accepted.length === 0 ? (
          <Notice kind="empty" title="Nobody in line yet" />
        ) : (
          <ol className="seat-list">
            {accepted.map((purchase, index) => (
              <AcceptedSeat key={purchase.id} purchase={purchase} position={index + 1} />
            ))}
          </ol>
        )}
      </Panel>
    </div>
  );
}
