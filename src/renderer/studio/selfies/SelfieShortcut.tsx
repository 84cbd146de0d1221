import { useEffect } from 'react';
import { useGuests } from '../guests/GuestsContext';
import { useSelfies } from './SelfiesContext';

/** Key S takes a selfie of the selfie seat on air (the first one, when there are several). Mounted by the Program and Guests tabs. */
export function SelfieShortcut() {
  const { seats } = useGuests();
  const { take, shot } = useSelfies();
  const seat = seats.find((candidate) => candidate.stage === 'live' && candidate.format === 'selfie' && candidate.purchaseId !== null);
  useEffect(() => {
    if (!seat || shot) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 's' || event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.closest('dialog'))) return;
      event.preventDefault();
      take(seat);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [seat, shot, take]);
  return null;
}
