import { FormattedMessage, useIntl } from 'react-intl';
import type { ObsStatus } from '../../../shared/obs';
import type { ProgramState } from '../../../shared/program';

/**
 * Where the tip/gift/sold alerts go right now, said in one line under the OBS status: on the overlay
 * input OBS holds, or drawn into the program (and why), so the host knows they never show twice.
 */
export function AlertsLayerNote({ obs, program }: { obs: ObsStatus; program: ProgramState | null }) {
  const intl = useIntl();
  if (!program) return null;
  const choice = program.settings.alerts;
  const connected = obs.connection === 'connected';
  const id =
    program.alertsLayer === 'overlay'
      ? obs.overlayInput
        ? 'program.alerts.overlayInput'
        : 'program.alerts.overlayOnly'
      : choice === 'program'
        ? 'program.alerts.chosen'
        : connected && obs.obsVersion
          ? 'program.alerts.noBrowserSource'
          : 'program.alerts.untilOverlay';
  return (
    <p className="obs-alerts" data-testid="obs-alerts">
      <FormattedMessage
        id="program.alerts.note"
        values={{
          text: <span>{intl.formatMessage({ id })}</span>,
          link: (chunks) => (
            <a className="obs-link" href={program.links.overlay} target="_blank" rel="noreferrer">
              {chunks}
            </a>
          ),
        }}
      />
    </p>
  );
}
