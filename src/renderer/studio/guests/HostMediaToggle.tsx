import { useIntl } from 'react-intl';
import { CameraToggle } from '../../components/media/CameraToggle';
import { useGuests } from './GuestsContext';

/** Lets the host send their own camera and microphone to guests, to talk with them backstage. */
export function HostMediaToggle() {
  const intl = useIntl();
  const { hostStream, setHostStream } = useGuests();
  return (
    <CameraToggle
      stream={hostStream}
      onChange={setHostStream}
      labels={{ on: intl.formatMessage({ id: 'guests.hostMedia.on' }), off: intl.formatMessage({ id: 'guests.hostMedia.off' }) }}
    />
  );
}
