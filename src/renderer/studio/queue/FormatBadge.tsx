import type { HotSeatFormat } from '../../../shared/offers';
import { formatLabels } from '../../lib/format';

export function FormatBadge({ format }: { format: HotSeatFormat | null }) {
  if (!format) return null;
  return <span className={`format-badge format-${format}`}>{formatLabels[format]}</span>;
}
