import { useState, type FormEvent } from 'react';
import { Field } from '../components/Field';
import { Notice } from '../components/Notice';
import { useAudioLevel } from '../hooks/use-audio-level';
import type { MediaDevicesState } from '../hooks/use-media-devices';
import { LevelMeter } from './LevelMeter';
import { VideoView } from './VideoView';

/** Before the green room: see and hear yourself, pick devices, say your name. */
export function DeviceCheck({
  media,
  defaultName,
  joining,
  error,
  online,
  onJoin,
}: {
  media: MediaDevicesState;
  defaultName: string;
  joining: boolean;
  error: string | null;
  online: boolean;
  onJoin: (name: string) => void;
}) {
  const [name, setName] = useState(defaultName);
  const level = useAudioLevel(media.stream);
  const trimmed = name.trim();
  const nameError = trimmed.length === 0 ? 'Enter the name the audience will see' : trimmed.length > 40 ? 'At most 40 characters' : undefined;
  const [touched, setTouched] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (nameError || !media.stream) return;
    onJoin(trimmed);
  };

  return (
    <section className="guest-card" aria-labelledby="check-title">
      <h2 id="check-title">Check your camera and microphone</h2>
      <div className="guest-preview">
        {media.stream ? <VideoView stream={media.stream} label="Your camera preview" mirrored /> : <div className="video-placeholder">{media.starting ? 'Starting your camera…' : 'No camera picture'}</div>}
      </div>
      {media.problem ? (
        <Notice
          kind="error"
          title={media.problem.title}
          action={
            <button type="button" className="button" onClick={media.retry}>
              Try again
            </button>
          }
        >
          {media.problem.help}
        </Notice>
      ) : null}
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <span className="field-label" id="level-label">Microphone level — say something</span>
          <LevelMeter level={level} />
        </div>
        <div className="form-row">
          <Field label="Camera">
            {(control) => (
              <select {...control} value={media.choice.cameraId ?? ''} disabled={media.cameras.length === 0} onChange={(e) => media.choose({ cameraId: e.target.value || null })}>
                {media.cameras.length === 0 ? <option value="">Default camera</option> : null}
                {media.cameras.map((d, i) => (
                  <option key={d.deviceId} value={d.deviceId}>
                    {d.label || `Camera ${i + 1}`}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Microphone">
            {(control) => (
              <select {...control} value={media.choice.microphoneId ?? ''} disabled={media.microphones.length === 0} onChange={(e) => media.choose({ microphoneId: e.target.value || null })}>
                {media.microphones.length === 0 ? <option value="">Default microphone</option> : null}
                {media.microphones.map((d, i) => (
                  <option key={d.deviceId} value={d.deviceId}>
                    {d.label || `Microphone ${i + 1}`}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field label="Your name on screen" error={touched ? nameError : undefined}>
          {(control) => <input {...control} value={name} maxLength={60} autoComplete="name" onChange={(e) => setName(e.target.value)} />}
        </Field>
        {error ? (
          <p className="inline-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button button-primary button-large" disabled={!media.stream || joining || !online}>
            {joining ? 'Joining…' : 'Join the green room'}
          </button>
          {!online ? <span className="field-hint">Connecting to the studio…</span> : null}
        </div>
      </form>
    </section>
  );
}
