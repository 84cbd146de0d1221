import { useIntl } from 'react-intl';
import type { HotSeatFormat } from '../../../shared/offers';

export function FormatBadge({ format }: { format: HotSeatFormat | null }) {
  const intl = useIntl();
  if (!format) return null;
  return <span className={`format-badge format-${format}`}>{intl.formatMessage({ id: 'common.format' }, { format })}</span>;
}
