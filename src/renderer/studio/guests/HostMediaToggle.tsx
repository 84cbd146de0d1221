import { useState } from 'react';
import { describeMediaError } from '../../lib/media-errors';
import { useGuests } from './GuestsContext';

/** Lets the host send their own camera and microphone to guests, to talk with them backstage. */
export function HostMediaToggle() {
  const { hostStream, setHostStream } = useGuests();
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const toggle = async () => {
    setError(null);
    if (hostStream) {
      hostStream.getTracks().forEach((t) => t.stop());
      setHostStream(null);
      return;
    }
    setStarting(true);
    try {
      setHostStream(await navigator.mediaDevices.getUserMedia({ video: true, audio: true }));
    } catch (failure) {
      const problem = describeMediaError(failure);
      setError(`${problem.title}. ${problem.help}`);
    } finally {
      setStarting(false);
    }
  };
  return (
    <div className="host-media">
      <button type="button" className="button button-small" aria-pressed={hostStream !== null} disabled={starting} onClick={() => void toggle()}>
        {hostStream ? 'Stop sending my camera to guests' : starting ? 'Starting camera…' : 'Talk to guests with my camera & mic'}
      </button>
      {error ? (
        <p className="inline-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
