import { useState } from 'react';
import { useIntl } from 'react-intl';
import { describeMediaError, mediaProblemMessages } from '../../lib/media-errors';

/**
 * Turns the user's own camera and microphone on or off (to talk with guests backstage): the host's
 * Guests tab and a moderator's green room. Denied permission or a missing device is said plainly,
 * in the studio's language (the same words the guest page uses for the guest's own camera).
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
  const intl = useIntl();
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
      setError(
        intl.formatMessage(
          { id: 'ui.camera.problem' },
          { title: intl.formatMessage({ id: words.title }), help: intl.formatMessage({ id: words.help }, words.values) },
        ),
      );
    } finally {
      setStarting(false);
    }
  };
  return (
    <div className="host-media">
      <button type="button" className="button button-small" aria-pressed={stream !== null} disabled={starting} onClick={() => void toggle()}>
        {stream ? labels.on : starting ? intl.formatMessage({ id: 'ui.camera.starting' }) : labels.off}
      </button>
      {error ? (
        <p className="inline-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
