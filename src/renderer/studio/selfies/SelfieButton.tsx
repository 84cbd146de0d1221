import { useIntl } from 'react-intl';
import type { Seat } from '../../../shared/guests';
import { useStudio } from '../../hooks/use-studio';
import { useSelfies } from './SelfiesContext';

/** "Take selfie" for a selfie seat on air: the countdown runs on the program, then the shot (key S). */
export function SelfieButton({ seat }: { seat: Seat }) {
  const intl = useIntl();
  const { online } = useStudio();
  const { shot, take } = useSelfies();
  const mine = shot?.seatId === seat.id;
  const label = intl.formatMessage({ id: mine ? (shot.phase === 'countdown' ? 'selfies.take.countdown' : 'selfies.take.saving') : 'selfies.take' });
  return (
    <button
      type="button"
      className="button button-small button-primary selfie-button"
      aria-keyshortcuts="S"
      title={intl.formatMessage({ id: 'selfies.take.title' })}
      disabled={!online || shot !== null || seat.stage !== 'live'}
      aria-busy={mine}
      onClick={() => take(seat)}
    >
      <span className="selfie-button-icon" aria-hidden="true" />
      {label}
    </button>
  );
}
