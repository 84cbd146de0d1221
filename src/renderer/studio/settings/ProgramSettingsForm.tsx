import { useState, type FormEvent } from 'react';
import type { AlertsLayer, AlertsLayerChoice, ProgramResolution, ProgramSettings, StoreCard } from '../../../shared/program';
import { Field } from '../../components/Field';
import { useCommand } from '../../hooks/use-command';
import { useStudio } from '../../hooks/use-studio';
import { formErrors } from '../../lib/field-errors';
import { useProgram } from '../program/ProgramContext';
import { FormFooter } from './FormFooter';

/** Program size and frame rate, the countdown, and the show's word filter for buyer text on air. */
export function ProgramSettingsForm() {
  const { program } = useProgram();
  if (!program) return <p className="panel-note">Reading the program settings…</p>;
  return <ProgramSettingsFields current={program.settings} storeCard={program.storeCard} alertsLayer={program.alertsLayer} />;
}

function ProgramSettingsFields({ current, storeCard, alertsLayer }: { current: ProgramSettings; storeCard: StoreCard | null; alertsLayer: AlertsLayer }) {
  const { online } = useStudio();
  const save = useCommand('program.update');
  const [resolution, setResolution] = useState<ProgramResolution>(current.resolution);
  const [fps, setFps] = useState<30 | 60>(current.fps);
  const [showCountdown, setShowCountdown] = useState(current.showCountdown);
  const [words, setWords] = useState(current.wordFilter.join(', '));
  const [alerts, setAlerts] = useState<AlertsLayerChoice>(current.alerts);
  const [storeQr, setStoreQr] = useState(current.storeQr);
  const [saved, setSaved] = useState(false);
  const errors = formErrors(save.error, '', ['resolution', 'fps', 'showCountdown', 'wordFilter', 'alerts', 'storeQr']);
  const wordError = Object.entries(save.error?.details ?? {}).find(([key]) => key.startsWith('wordFilter'))?.[1];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const wordFilter = words
      .split(/[,\n]/)
      .map((word) => word.trim())
      .filter(Boolean);
    const result = await save.run({ resolution, fps, showCountdown, wordFilter, alerts, storeQr });
    if (result?.ok) setSaved(true);
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <div className="form-row">
        <Field label="Program size" error={errors.fields.resolution}>
          {(control) => (
            <select {...control} value={resolution} onChange={(event) => setResolution(event.target.value as ProgramResolution)}>
              <option value="720p">1280 × 720 (720p)</option>
              <option value="1080p">1920 × 1080 (1080p)</option>
            </select>
          )}
        </Field>
        <Field label="Frame rate" error={errors.fields.fps}>
          {(control) => (
            <select {...control} value={fps} onChange={(event) => setFps(Number(event.target.value) === 60 ? 60 : 30)}>
              <option value={30}>30 fps</option>
              <option value={60}>60 fps</option>
            </select>
          )}
        </Field>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={showCountdown} onChange={(event) => setShowCountdown(event.target.checked)} />
        Show the hot-seat countdown on the program
      </label>
      <Field
        label="Alerts (tips, gifts, sales)"
        error={errors.fields.alerts}
        hint="Automatic puts them on their own overlay when OBS has a browser source, else draws them into the program. Either way they show once."
      >
        {(control) => (
          <select {...control} value={alerts} onChange={(event) => setAlerts(event.target.value as AlertsLayerChoice)}>
            <option value="auto">Automatic</option>
            <option value="program">Draw alerts into the program</option>
            <option value="overlay">Overlay only (the /overlay page)</option>
          </select>
        )}
      </Field>
      <label className="checkbox">
        <input type="checkbox" checked={storeQr} onChange={(event) => setStoreQr(event.target.checked)} aria-describedby="store-qr-state" />
        Show the store’s QR code and address on stream
      </label>
      <p id="store-qr-state" className="field-hint">
        {storeQrState(current.storeQr, storeCard, alertsLayer)}
      </p>
      <Field label="Word filter" error={wordError ?? errors.fields.wordFilter} hint="Words masked (••••) in buyer names and messages on the program. Separate with commas.">
        {(control) => <textarea {...control} rows={3} value={words} spellCheck={false} onChange={(event) => setWords(event.target.value)} />}
      </Field>
      <FormFooter error={errors.general} pending={save.pending} disabled={!online || save.pending} label="Save program settings" pendingLabel="Saving…" saved={saved} />
    </form>
  );
}

/** What the saved choice does right now: a card only exists with a public address, on the alerts' layer. */
function storeQrState(saved: boolean, card: StoreCard | null, layer: AlertsLayer): string {
  if (!saved) return 'Viewers scan it with their phone to open your store. Needs a public address (Settings → Network).';
  if (!card) return 'On, but hidden: your store has no public address yet, and a local link would help no viewer. Go public in Settings → Network.';
  return `On stream now, bottom right ${layer === 'program' ? 'of the program picture' : 'of the alerts overlay'}: ${card.label}`;
}
