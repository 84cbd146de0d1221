import type { ObsStatus } from '../../../shared/obs';
import type { ProgramState } from '../../../shared/program';

/**
 * Where the tip/gift/sold alerts go right now, said in one line under the OBS status: on the overlay
 * input OBS holds, or drawn into the program (and why), so the host knows they never show twice.
 */
export function AlertsLayerNote({ obs, program }: { obs: ObsStatus; program: ProgramState | null }) {
  if (!program) return null;
  const choice = program.settings.alerts;
  const connected = obs.connection === 'connected';
  let text: string;
  if (program.alertsLayer === 'overlay') {
    text = obs.overlayInput
      ? 'Alerts: on their own overlay in OBS (“Hotseat alerts”, above the program), not in the program picture.'
      : 'Alerts: overlay only. They are not drawn into the program; add the overlay link to your mixer.';
  } else if (choice === 'program') {
    text = 'Alerts: drawn into the program picture (your choice in Settings → Program).';
  } else if (connected && obs.obsVersion) {
    text = 'Alerts: drawn into the program picture. This OBS build has no browser source, so there is no separate overlay.';
  } else {
    text = 'Alerts: drawn into the program picture until OBS holds the alert overlay.';
  }
  return (
    <p className="obs-alerts" data-testid="obs-alerts">
      <span>{text}</span>{' '}
      <a className="obs-link" href={program.links.overlay} target="_blank" rel="noreferrer">
        Preview overlay
      </a>
    </p>
  );
}
