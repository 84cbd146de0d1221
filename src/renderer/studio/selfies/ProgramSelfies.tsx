import { useIntl } from 'react-intl';
import { Panel } from '../common/Panel';
import { useGuests } from '../guests/GuestsContext';
import { SeatSelfies } from './SeatSelfies';

/** On the Program tab: the selfie seats on air, each with its button and shots. Nothing when there are none. */
export function ProgramSelfies() {
  const intl = useIntl();
  const { seats } = useGuests();
  const live = seats.filter((seat) => seat.stage === 'live' && seat.format === 'selfie' && seat.purchaseId !== null);
  if (live.length === 0) return null;
  return (
    <Panel title={intl.formatMessage({ id: 'selfies.panelTitle' })}>
      {live.map((seat) => (
        <div key={seat.id} className="program-selfie">
          <p className="program-selfie-who">{seat.guestName}</p>
          <SeatSelfies seat={seat} />
        </div>
      ))}
    </Panel>
  );
}
