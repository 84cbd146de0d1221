import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Field } from '../components/Field';
import { Notice } from '../components/Notice';
import { useAudioLevel } from '../hooks/use-audio-level';
import type { MediaDevicesState } from '../hooks/use-media-devices';
import { mediaProblemMessages } from '../lib/media-errors';
import { LevelMeter } from './LevelMeter';
import { VideoView } from './VideoView';

/** The longest name the studio puts on screen. */
const MAX_NAME = 40;

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
  const intl = useIntl();
  const [name, setName] = useState(defaultName);
  const level = useAudioLevel(media.stream);
  const trimmed = name.trim();
  const nameError =
    trimmed.length === 0
      ? intl.formatMessage({ id: 'guest.check.nameMissing' })
      : trimmed.length > MAX_NAME
        ? intl.formatMessage({ id: 'guest.check.nameTooLong' }, { max: MAX_NAME })
        : undefined;
  const problem = media.problem ? mediaProblemMessages(media.problem) : null;
  const [touched, setTouched] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (nameError || !media.stream) return;
    onJoin(trimmed);
  };

  return (
    <section className="guest-card" aria-labelledby="check-title">
      <h2 id="check-title">{intl.formatMessage({ id: 'guest.check.title' })}</h2>
      <div className="guest-preview">
        {media.stream ? (
          <VideoView stream={media.stream} label={intl.formatMessage({ id: 'guest.check.preview' })} mirrored />
        ) : (
          <div className="video-placeholder">{intl.formatMessage({ id: media.starting ? 'guest.check.starting' : 'guest.check.noPicture' })}</div>
        )}
      </div>
      {problem ? (
        <Notice
          kind="error"
          title={intl.formatMessage({ id: problem.title })}
          action={
            <button type="button" className="button" onClick={media.retry}>
              {intl.formatMessage({ id: 'common.retry' })}
            </button>
          }
        >
          {intl.formatMessage({ id: problem.help }, problem.values)}
        </Notice>
      ) : null}
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <span className="field-label" id="level-label">
            {intl.formatMessage({ id: 'guest.check.level' })}
          </span>
          <LevelMeter level={level} />
        </div>
        <div className="form-row">
          <Field label={intl.formatMessage({ id: 'guest.check.camera' })}>
            {(control) => (
              <select {...control} value={media.choice.cameraId ?? ''} disabled={media.cameras.length === 0} onChange={(e) => media.choose({ cameraId: e.target.value || null })}>
                {media.cameras.length === 0 ? <option value="">{intl.formatMessage({ id: 'guest.check.cameraDefault' })}</option> : null}
                {media.cameras.map((d, i) => (
                  <option key={d.deviceId} value={d.deviceId}>
                    {d.label || intl.formatMessage({ id: 'guest.check.cameraNumbered' }, { number: i + 1 })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={intl.formatMessage({ id: 'guest.check.microphone' })}>
            {(control) => (
              <select {...control} value={media.choice.microphoneId ?? ''} disabled={media.microphones.length === 0} onChange={(e) => media.choose({ microphoneId: e.target.value || null })}>
                {media.microphones.length === 0 ? <option value="">{intl.formatMessage({ id: 'guest.check.microphoneDefault' })}</option> : null}
                {media.microphones.map((d, i) => (
                  <option key={d.deviceId} value={d.deviceId}>
                    {d.label || intl.formatMessage({ id: 'guest.check.microphoneNumbered' }, { number: i + 1 })}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field label={intl.formatMessage({ id: 'guest.check.name' })} error={touched ? nameError : undefined}>
          {(control) => <input {...control} value={name} maxLength={60} autoComplete="name" onChange={(e) => setName(e.target.value)} />}
        </Field>
        {error ? (
          <p className="inline-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button button-primary button-large" disabled={!media.stream || joining || !online}>
            {intl.formatMessage({ id: joining ? 'guest.check.joining' : 'guest.check.join' })}
          </button>
          {!online ? <span className="field-hint">{intl.formatMessage({ id: 'guest.connecting' })}</span> : null}
        </div>
      </form>
    </section>
  );
}
