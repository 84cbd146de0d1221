import { useIntl } from 'react-intl';
import { Notice } from '../components/Notice';

/**
 * The studio keeps calling but no call connects: this network and the studio's found no way to
 * each other. Said plainly, with what the guest can do; the page keeps trying on its own.
 */
export function NoMediaPath() {
  const intl = useIntl();
  return (
    <Notice kind="error" title={intl.formatMessage({ id: 'guest.noPath.title' })}>
      <p>{intl.formatMessage({ id: 'guest.noPath.body' })}</p>
      <p>{intl.formatMessage({ id: 'guest.noPath.helpsTitle' })}</p>
      <ul>
        <li>{intl.formatMessage({ id: 'guest.noPath.otherNetwork' })}</li>
        <li>{intl.formatMessage({ id: 'guest.noPath.vpn' })}</li>
        <li>{intl.formatMessage({ id: 'guest.noPath.tellHost' })}</li>
      </ul>
    </Notice>
  );
}
