import { useIntl } from 'react-intl';
import type { Seat } from '../../../shared/guests';
import { SELFIES_PER_SEAT } from '../../../shared/selfies';
import { SelfieButton } from './SelfieButton';
import { useSelfies } from './SelfiesContext';
import { SelfieThumb } from './SelfieThumb';
import './selfies.css';

/** A selfie seat's shots: the button while on air, what happened to the last shot, and every picture kept. */
export function SeatSelfies({ seat }: { seat: Seat }) {
  const intl = useIntl();
  const { selfies, last, loadError } = useSelfies();
  if (seat.format !== 'selfie' || seat.purchaseId === null) return null;
  const mine = selfies.filter((selfie) => selfie.seatId === seat.id);
  const outcome = last?.seatId === seat.id ? last : null;
  if (seat.stage !== 'live' && mine.length === 0) return null;
  return (
    <section className="seat-selfies" aria-label={intl.formatMessage({ id: 'selfies.section' }, { name: seat.guestName })}>
      <div className="seat-selfies-head">
        {seat.stage === 'live' ? <SelfieButton seat={seat} /> : null}
        <span className="seat-selfies-count">{intl.formatMessage({ id: 'selfies.count' }, { count: mine.length, max: SELFIES_PER_SEAT })}</span>
      </div>
      {outcome ? (
        <p className={outcome.ok ? 'selfie-outcome selfie-outcome-ok' : 'inline-error'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.message}
        </p>
      ) : null}
      {outcome?.notice ? (
        <p className="selfie-outcome selfie-outcome-warn" role="alert">
          {outcome.notice}
        </p>
      ) : null}
      {loadError ? <p className="inline-error">{intl.formatMessage({ id: 'selfies.loadFailed' }, { reason: loadError })}</p> : null}
      {mine.length > 0 ? (
        <ul className="selfie-thumbs">
          {mine.map((selfie, index) => (
            <SelfieThumb key={selfie.id} selfie={selfie} index={index} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
