import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import type { AlertsLayer, AlertsLayerChoice, ProgramResolution, ProgramSettings, StoreCard } from '../../../shared/program';
import { Field } from '../../components/Field';
import { useCommand } from '../../hooks/use-command';
import { useStudio } from '../../hooks/use-studio';
import { formErrors } from '../../lib/field-errors';
import { useProgram } from '../program/ProgramContext';
import { FormFooter } from './FormFooter';

/** Picture sizes, written the same in every language. */
const RESOLUTIONS: { value: ProgramResolution; label: string }[] = [
  { value: '720p', label: '1280 × 720 (720p)' },
  { value: '1080p', label: '1920 × 1080 (1080p)' },
];
const FRAME_RATES = [30, 60] as const;
const ALERT_LAYERS: AlertsLayerChoice[] = ['auto', 'program', 'overlay'];

/** Program size and frame rate, the countdown, and the show's word filter for buyer text on air. */
export function ProgramSettingsForm() {
  const { program } = useProgram();
  if (!program) {
    return (
      <p className="panel-note">
        <FormattedMessage id="settings.program.reading" />
      </p>
    );
  }
  return <ProgramSettingsFields current={program.settings} storeCard={program.storeCard} alertsLayer={program.alertsLayer} />;
}

function ProgramSettingsFields({ current, storeCard, alertsLayer }: { current: ProgramSettings; storeCard: StoreCard | null; alertsLayer: AlertsLayer }) {
  const intl = useIntl();
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
        <Field label={intl.formatMessage({ id: 'settings.program.size' })} error={errors.fields.resolution}>
          {(control) => (
            <select {...control} value={resolution} onChange={(event) => setResolution(event.target.value as ProgramResolution)}>
              {RESOLUTIONS.map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={intl.formatMessage({ id: 'settings.program.fps' })} error={errors.fields.fps}>
          {(control) => (
            <select {...control} value={fps} onChange={(event) => setFps(Number(event.target.value) === 60 ? 60 : 30)}>
              {FRAME_RATES.map((rate) => (
                <option key={rate} value={rate}>
                  {intl.formatMessage({ id: 'settings.program.fps.option' }, { fps: rate })}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={showCountdown} onChange={(event) => setShowCountdown(event.target.checked)} />
        <FormattedMessage id="settings.program.countdown" />
      </label>
      <Field
        label={intl.formatMessage({ id: 'settings.program.alerts.label' })}
        error={errors.fields.alerts}
        hint={intl.formatMessage({ id: 'settings.program.alerts.hint' })}
      >
        {(control) => (
          <select {...control} value={alerts} onChange={(event) => setAlerts(event.target.value as AlertsLayerChoice)}>
            {ALERT_LAYERS.map((layer) => (
              <option key={layer} value={layer}>
                {intl.formatMessage({ id: 'settings.program.alerts.option' }, { layer })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <label className="checkbox">
        <input type="checkbox" checked={storeQr} onChange={(event) => setStoreQr(event.target.checked)} aria-describedby="store-qr-state" />
        <FormattedMessage id="settings.program.storeQr" />
      </label>
      <p id="store-qr-state" className="field-hint">
        {storeQrState(intl, current.storeQr, storeCard, alertsLayer)}
      </p>
      <Field
        label={intl.formatMessage({ id: 'settings.program.words.label' })}
        error={wordError ?? errors.fields.wordFilter}
        hint={intl.formatMessage({ id: 'settings.program.words.hint' })}
      >
        {(control) => <textarea {...control} rows={3} value={words} spellCheck={false} onChange={(event) => setWords(event.target.value)} />}
      </Field>
      <FormFooter
        error={errors.general}
        pending={save.pending}
        disabled={!online || save.pending}
        label={intl.formatMessage({ id: 'settings.program.save' })}
        pendingLabel={intl.formatMessage({ id: 'settings.saving' })}
        saved={saved}
      />
    </form>
  );
}

/** What the saved choice does right now: a card only exists with a public address, on the alerts' layer. */
function storeQrState(intl: IntlShape, saved: boolean, card: StoreCard | null, layer: AlertsLayer): string {
  if (!saved) return intl.formatMessage({ id: 'settings.program.storeQr.off' });
  if (!card) return intl.formatMessage({ id: 'settings.program.storeQr.hidden' });
  return intl.formatMessage({ id: 'settings.program.storeQr.on' }, { layer, label: card.label });
}
