import { useIntl } from 'react-intl';
import type { ShowStatus } from '../../../shared/offers';

export function ShowStatusChip({ status }: { status: ShowStatus }) {
  const intl = useIntl();
  return <span className={`show-status show-status-${status}`}>{intl.formatMessage({ id: 'shell.showStatus' }, { status })}</span>;
}
