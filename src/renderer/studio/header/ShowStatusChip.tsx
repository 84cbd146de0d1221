import type { ShowStatus } from '../../../shared/offers';

const labels: Record<ShowStatus, string> = { draft: 'Draft', live: 'LIVE', ended: 'Ended' };

export function ShowStatusChip({ status }: { status: ShowStatus }) {
  return <span className={`show-status show-status-${status}`}>{labels[status]}</span>;
}
