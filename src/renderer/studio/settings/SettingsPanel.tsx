import { FormattedMessage, useIntl } from 'react-intl';
import { Panel } from '../common/Panel';
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
      <Panel title={intl.formatMessage({ id: 'settings.payments.title' })}>
        <PaymentsSettings />
      </Panel>
      <Panel title={intl.formatMessage({ id: 'settings.obs.title' })}>
        <ObsSettingsForm />
      </Panel>
      <Panel title={intl.formatMessage({ id: 'settings.program.title' })}>
        <ProgramSettingsForm />
      </Panel>
      <Panel title={intl.formatMessage({ id: 'settings.network.title' })}>
        <PublicStatusCard />
        <GoPublicForm />
        <details className="settings-advanced">
          <summary>
            <FormattedMessage id="settings.network.advanced" />
          </summary>
          <NetworkSettingsForm />
        </details>
      </Panel>
      <Panel title={intl.formatMessage({ id: 'settings.guests.title' })}>
        <GuestSettingsForm />
      </Panel>
      <Panel title={intl.formatMessage({ id: 'settings.turn.title' })}>
        <TurnSettingsForm />
      </Panel>
      <Panel title={intl.formatMessage({ id: 'settings.mail.title' })}>
        <MailSettingsForm />
      </Panel>
      <Panel title={intl.formatMessage({ id: 'settings.support.title' })}>
        <SupportLogs />
      </Panel>
    </div>
  );
}
