import { useRef, type KeyboardEvent } from 'react';
import type { Show } from '../../shared/offers';
import { useStudio } from '../hooks/use-studio';
import { heldMessageCount, merchOrders, pendingSeats, tipsAndGifts } from '../lib/studio-selectors';

export type TabId = 'live' | 'program' | 'guests' | 'merch' | 'books' | 'editor' | 'moderators' | 'settings' | 'activity';

const tabs: { id: TabId; label: string }[] = [
  { id: 'live', label: 'Live' },
  { id: 'program', label: 'Program' },
  { id: 'guests', label: 'Guests' },
  { id: 'merch', label: 'Merch orders' },
  { id: 'books', label: 'Books' },
  { id: 'editor', label: 'Show & offers' },
  { id: 'moderators', label: 'Moderators' },
  { id: 'settings', label: 'Settings' },
  { id: 'activity', label: 'Activity' },
];

/** The area switcher, a WAI-ARIA tab list: arrow keys move between tabs, Tab moves into the panel. */
export function StudioTabs({ current, onChange, show }: { current: TabId; onChange: (tab: TabId) => void; show: Show | null }) {
  const { snapshot } = useStudio();
  const buttons = useRef(new Map<TabId, HTMLButtonElement>());
  const needsAttention = show ? pendingSeats(snapshot, show.id).length + heldMessageCount(tipsAndGifts(snapshot, show.id)) : 0;
  const counts: Partial<Record<TabId, number>> = { live: needsAttention, merch: merchOrders(snapshot).filter((p) => p.status === 'paid' && p.shipment === null).length };

  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.findIndex((tab) => tab.id === current);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = tabs[(index + step + tabs.length) % tabs.length];
    if (!next) return;
    onChange(next.id);
    buttons.current.get(next.id)?.focus();
  };

  return (
    <nav className="studio-tabs" role="tablist" aria-label="Studio areas" onKeyDown={onKeyDown}>
      {tabs.map((tab) => {
        const count = counts[tab.id] ?? 0;
        return (
          <button
            key={tab.id}
            ref={(element) => {
              if (element) buttons.current.set(tab.id, element);
            }}
            id={`tab-${tab.id}`}
            type="button"
            role="tab"
            aria-selected={tab.id === current}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === current ? 0 : -1}
            className="studio-tab"
            onClick={() => onChange(tab.id)}
          >
            {tab.label}
            {count > 0 ? (
              <span className={`tab-count${tab.id === 'live' ? ' tab-count-attention' : ''}`} aria-label={`${count} waiting`}>
                {count}
              </span>
            ) : null}
          </button>
        );
      })}
    </nav>
  );
}
