import { Panel } from '../common/Panel';
import { useIntl } from 'react-intl';
import { GuestSettingsForm } from './GuestSettingsForm';
import { LanguageSettingsForm } from './LanguageSettingsForm';
import { MailSettingsForm } from './MailSettingsForm';
import { NetworkSettingsForm } from './NetworkSettingsForm';
import { GoPublicForm } from './network/GoPublicForm';
import { PublicStatusCard } from './network/PublicStatusCard';
import { ObsSettingsForm } from './ObsSettingsForm';
import { ProgramSettingsForm } from './ProgramSettingsForm';
import { PaymentsSettings } from './PaymentsSettings';
import { SupportLogs } from './SupportLogs';
import { TurnSettingsForm } from './TurnSettingsForm';

export function SettingsPanel() {
  const intl = useIntl();
  return (
    <div className="settings-grid">
      <Panel title={intl.formatMessage({ id: 'settings.language.title' })}>
        <LanguageSettingsForm />
      </Panel>
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
        <PublicStatusCard />
        <GoPublicForm />
        <details className="settings-advanced">
          <summary>Advanced: listening address and proxies</summary>
          <NetworkSettingsForm />
        </details>
      </Panel>
      <Panel title="Guests">
        <GuestSettingsForm />
      </Panel>
      <Panel title="TURN for guests">
        <TurnSettingsForm />
      </Panel>
      <Panel title="Email">
        <MailSettingsForm />
      </Panel>
      <Panel title="Support">
        <SupportLogs />
      </Panel>
    </div>
  );
}
