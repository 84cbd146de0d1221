import { CameraToggle } from '../../components/media/CameraToggle';
import { useGuests } from './GuestsContext';

/** Lets the host send their own camera and microphone to guests, to talk with them backstage. */
export function HostMediaToggle() {
  const { hostStream, setHostStream } = useGuests();
  return (
    <CameraToggle
      stream={hostStream}
      onChange={setHostStream}
      labels={{ on: 'Stop sending my camera to guests', off: 'Talk to guests with my camera & mic' }}
    />
  );
}
