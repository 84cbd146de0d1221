import type { Seat } from '../../../shared/guests';
import { useStudio } from '../../hooks/use-studio';
import { useSelfies } from './SelfiesContext';

/** "Take selfie" for a selfie seat on air: the countdown runs on the program, then the shot (key S). */
export function SelfieButton({ seat }: { seat: Seat }) {
  const { online } = useStudio();
  const { shot, take } = useSelfies();
  const mine = shot?.seatId === seat.id;
  const label = mine ? (shot.phase === 'countdown' ? '3 · 2 · 1 on the program…' : 'Saving the selfie…') : 'Take selfie';
  return (
    <button
      type="button"
      className="button button-small button-primary selfie-button"
      aria-keyshortcuts="S"
      title="Counts down 3-2-1 on the program, then takes the shot (key S)"
      disabled={!online || shot !== null || seat.stage !== 'live'}
      aria-busy={mine}
      onClick={() => take(seat)}
    >
      <span className="selfie-button-icon" aria-hidden="true" />
      {label}
    </button>
  );
}
