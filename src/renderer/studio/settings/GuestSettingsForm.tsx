import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { GuestSettings, IceServer } from '../../../shared/guests';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { useCommand } from '../../hooks/use-command';
import { useStudio } from '../../hooks/use-studio';
import { formErrors } from '../../lib/field-errors';
import { useGuests } from '../guests/GuestsContext';
import { FormFooter } from './FormFooter';

/** When hot seats are charged, how long a called guest has to join, live pictures in the green room, STUN/TURN servers. */
export function GuestSettingsForm() {
  const intl = useIntl();
  const { settings } = useGuests();
  if (!settings) return <Notice kind="loading" title={intl.formatMessage({ id: 'settings.guests.loading' })} />;
  return <Form key={JSON.stringify(settings)} settings={settings} />;
}

function Form({ settings }: { settings: GuestSettings }) {
  const intl = useIntl();
  const { online } = useStudio();
  const save = useCommand('settings.guests.update');
  const [policy, setPolicy] = useState(settings.capturePolicy);
  const [after, setAfter] = useState(String(settings.captureAfterSeconds));
  const [grace, setGrace] = useState(String(settings.noShowGraceSeconds));
  const [ice, setIce] = useState(iceToText(settings.iceServers));
  const [pictures, setPictures] = useState(String(settings.livePictures));
  const [saved, setSaved] = useState(false);
  const errors = formErrors(save.error, '', ['capturePolicy', 'captureAfterSeconds', 'noShowGraceSeconds', 'iceServers', 'livePictures']);
  const iceError = Object.entries(errors.fields).find(([k]) => k.startsWith('iceServers'))?.[1];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const result = await save.run({
      capturePolicy: policy,
      captureAfterSeconds: Number(after),
      noShowGraceSeconds: Number(grace),
      iceServers: textToIce(ice),
      livePictures: Number(pictures),
    });
    if (result?.ok) setSaved(true);
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <fieldset className="radio-group">
        <legend>
          <FormattedMessage id="settings.guests.capture.legend" />
        </legend>
        <label className="checkbox">
          <input type="radio" name="capture" checked={policy === 'at_go_live'} onChange={() => setPolicy('at_go_live')} /> <FormattedMessage id="settings.guests.capture.atGoLive" />
        </label>
        <label className="checkbox">
          <input type="radio" name="capture" checked={policy === 'after_seconds'} onChange={() => setPolicy('after_seconds')} /> <FormattedMessage id="settings.guests.capture.afterSeconds" />
        </label>
      </fieldset>
      <Field
        label={intl.formatMessage({ id: 'settings.guests.captureAfter.label' })}
        error={errors.fields.captureAfterSeconds}
        hint={intl.formatMessage({ id: 'settings.guests.captureAfter.hint' })}
      >
        {(control) => <input {...control} className="input-number" type="number" min={1} max={3600} disabled={policy !== 'after_seconds'} value={after} onChange={(e) => setAfter(e.target.value)} />}
      </Field>
      <Field label={intl.formatMessage({ id: 'settings.guests.grace.label' })} error={errors.fields.noShowGraceSeconds} hint={intl.formatMessage({ id: 'settings.guests.grace.hint' })}>
        {(control) => <input {...control} className="input-number" type="number" min={5} max={3600} value={grace} onChange={(e) => setGrace(e.target.value)} />}
      </Field>
      <Field
        label={intl.formatMessage({ id: 'settings.guests.pictures.label' })}
        error={errors.fields.livePictures}
        hint={intl.formatMessage({ id: 'settings.guests.pictures.hint' })}
      >
        {(control) => <input {...control} className="input-number" type="number" min={1} max={24} value={pictures} onChange={(e) => setPictures(e.target.value)} />}
      </Field>
      <Field
        label={intl.formatMessage({ id: 'settings.guests.ice.label' })}
        error={iceError}
        hint={intl.formatMessage({ id: 'settings.guests.ice.hint' })}
      >
        {(control) => <textarea {...control} rows={3} spellCheck={false} value={ice} onChange={(e) => setIce(e.target.value)} />}
      </Field>
      <FormFooter
        error={errors.general}
        pending={save.pending}
        disabled={!online || save.pending}
        label={intl.formatMessage({ id: 'settings.guests.save' })}
        pendingLabel={intl.formatMessage({ id: 'settings.saving' })}
        saved={saved}
      />
    </form>
  );
}

function iceToText(servers: IceServer[]): string {
  return servers.map((s) => [s.urls.join(','), s.username, s.credential].filter(Boolean).join(' ')).join('\n');
}

function textToIce(text: string): IceServer[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [urls = '', username, credential] = line.split(/\s+/);
      return { urls: urls.split(',').filter(Boolean), ...(username ? { username } : {}), ...(credential ? { credential } : {}) };
    });
}
