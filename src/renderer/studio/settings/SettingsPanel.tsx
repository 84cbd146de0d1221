import { Panel } from '../common/Panel';
import { GuestSettingsForm } from './GuestSettingsForm';
import { NetworkSettingsForm } from './NetworkSettingsForm';
import { ObsSettingsForm } from './ObsSettingsForm';
import { ProgramSettingsForm } from './ProgramSettingsForm';
import { PaymentsSettings } from './PaymentsSettings';
import { TurnSettingsForm } from './TurnSettingsForm';

export function SettingsPanel() {
  return (
    <div className="settings-grid">
      <Panel title="Payments">
        <PaymentsSettings />
      </Panel>
      <Panel title="OBS">
        <ObsSettingsForm />
      </Panel>
      <Panel title="Program picture">
        <ProgramSettingsForm />
      </Panel>
      <Panel title="Network">
        <NetworkSettingsForm />
      </Panel>
      <Panel title="Guests">
        <GuestSettingsForm />
      </Panel>
      <Panel title="TURN for guests">
        <TurnSettingsForm />
      </Panel>
    </div>
  );
}
