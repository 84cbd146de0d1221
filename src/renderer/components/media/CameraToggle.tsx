import { useState } from 'react';
import { createTranslator } from '../../../shared/i18n/messages';
import { describeMediaError, mediaProblemMessages } from '../../lib/media-errors';

// The studio and the moderator console speak English; the guest page says the same problems in the guest's language.
const english = createTranslator('en');

/**
 * Turns the user's own camera and microphone on or off (to talk with guests backstage): the host's
 * Guests tab and a moderator's green room. Denied permission or a missing device is said plainly.
 */
export function CameraToggle({
  stream,
  onChange,
  labels,
}: {
  stream: MediaStream | null;
  onChange: (stream: MediaStream | null) => void;
  labels: { on: string; off: string };
}) {
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const toggle = async () => {
    setError(null);
    if (stream) {
      stream.getTracks().forEach((t) => t.stop());
      onChange(null);
      return;
    }
    setStarting(true);
    try {
      onChange(await navigator.mediaDevices.getUserMedia({ video: true, audio: true }));
    } catch (failure) {
      const words = mediaProblemMessages(describeMediaError(failure));
      setError(`${english(words.title)}. ${english(words.help, words.values)}`);
    } finally {
      setStarting(false);
    }
  };
  return (
    <div className="host-media">
      <button type="button" className="button button-small" aria-pressed={stream !== null} disabled={starting} onClick={() => void toggle()}>
        {stream ? labels.on : starting ? 'Starting camera…' : labels.off}
      </button>
      {error ? (
        <p className="inline-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
