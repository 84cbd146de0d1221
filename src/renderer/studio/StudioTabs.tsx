import { useRef, type KeyboardEvent } from 'react';
import { useIntl } from 'react-intl';
import type { Show } from '../../shared/offers';
import { useStudio } from '../hooks/use-studio';
import { heldMessageCount, merchOrders, pendingSeats, tipsAndGifts } from '../lib/studio-selectors';

export type TabId = 'live' | 'program' | 'guests' | 'merch' | 'books' | 'editor' | 'moderators' | 'settings' | 'activity';

/** In the order the arrow keys walk them; each one's name is the catalog's `shell.tab.<id>`. */
const tabs: TabId[] = ['live', 'program', 'guests', 'merch', 'books', 'editor', 'moderators', 'settings', 'activity'];

/** The area switcher, a WAI-ARIA tab list: arrow keys move between tabs, Tab moves into the panel. */
export function StudioTabs({ current, onChange, show }: { current: TabId; onChange: (tab: TabId) => void; show: Show | null }) {
  const { snapshot } = useStudio();
  const intl = useIntl();
  const buttons = useRef(new Map<TabId, HTMLButtonElement>());
  const needsAttention = show ? pendingSeats(snapshot, show.id).length + heldMessageCount(tipsAndGifts(snapshot, show.id)) : 0;
  const counts: Partial<Record<TabId, number>> = { live: needsAttention, merch: merchOrders(snapshot).filter((p) => p.status === 'paid' && p.shipment === null).length };

  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.indexOf(current);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = tabs[(index + step + tabs.length) % tabs.length];
    if (!next) return;
    onChange(next);
    buttons.current.get(next)?.focus();
  };

  return (
    <nav className="studio-tabs" role="tablist" aria-label={intl.formatMessage({ id: 'shell.tabs.label' })} onKeyDown={onKeyDown}>
      {tabs.map((tab) => {
        const count = counts[tab] ?? 0;
        return (
          <button
            key={tab}
            ref={(element) => {
              if (element) buttons.current.set(tab, element);
            }}
            id={`tab-${tab}`}
            type="button"
            role="tab"
            aria-selected={tab === current}
            aria-controls={`panel-${tab}`}
            tabIndex={tab === current ? 0 : -1}
            className="studio-tab"
            onClick={() => onChange(tab)}
          >
            {intl.formatMessage({ id: `shell.tab.${tab}` })}
            {count > 0 ? (
              <span className={`tab-count${tab === 'live' ? ' tab-count-attention' : ''}`} aria-label={intl.formatMessage({ id: 'shell.tab.waiting' }, { count })}>
                {count}
              </span>
            ) : null}
          </button>
        );
      })}
    </nav>
  );
}
