import { useState, type FormEvent } from 'react';
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
  const { settings } = useGuests();
  if (!settings) return <Notice kind="loading" title="Loading guest settings…" />;
  return <Form key={JSON.stringify(settings)} settings={settings} />;
}

function Form({ settings }: { settings: GuestSettings }) {
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
        <legend>Charge a hot seat</legend>
        <label className="checkbox">
          <input type="radio" name="capture" checked={policy === 'at_go_live'} onChange={() => setPolicy('at_go_live')} /> when the guest goes on air
        </label>
        <label className="checkbox">
          <input type="radio" name="capture" checked={policy === 'after_seconds'} onChange={() => setPolicy('after_seconds')} /> once they have been on air for
          this many seconds:
        </label>
      </fieldset>
      <Field label="Seconds on air before charging" error={errors.fields.captureAfterSeconds} hint="A guest who drops or is ended sooner is not charged.">
        {(control) => <input {...control} className="input-number" type="number" min={1} max={3600} disabled={policy !== 'after_seconds'} value={after} onChange={(e) => setAfter(e.target.value)} />}
      </Field>
      <Field label="No-show grace (seconds)" error={errors.fields.noShowGraceSeconds} hint="After you call a guest, how long they have to join before their hold is released.">
        {(control) => <input {...control} className="input-number" type="number" min={5} max={3600} value={grace} onChange={(e) => setGrace(e.target.value)} />}
      </Field>
      <Field
        label="Live pictures in the green room"
        error={errors.fields.livePictures}
        hint="How many guests at the front of the line send you their live picture. Guests further back pause their video (you can still ask to see one); each live picture costs your computer a video decode."
      >
        {(control) => <input {...control} className="input-number" type="number" min={1} max={24} value={pictures} onChange={(e) => setPictures(e.target.value)} />}
      </Field>
      <Field
        label="Other STUN / TURN servers (advanced)"
        error={iceError}
        hint="One per line: stun:stun.example.com:3478, or turn:turn.example.com:3478 username credential (fixed credentials). With nothing here and no TURN server set up, guests use public STUN (Google, Cloudflare)."
      >
        {(control) => <textarea {...control} rows={3} spellCheck={false} value={ice} onChange={(e) => setIce(e.target.value)} />}
      </Field>
      <FormFooter error={errors.general} pending={save.pending} disabled={!online || save.pending} label="Save guest settings" pendingLabel="Saving…" saved={saved} />
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
