import { useState } from 'react';
import { useStudio } from '../hooks/use-studio';
import { currentShow } from '../lib/studio-selectors';
import { ActivityLog } from './activity/ActivityLog';
import { BooksPanel } from './books/BooksPanel';
import { ShowEditor } from './editor/ShowEditor';
import { FeedPanel } from './feed/FeedPanel';
import { GuestsProvider } from './guests/GuestsContext';
import { GuestsPanel } from './guests/GuestsPanel';
import { DisputeBanner } from './header/DisputeBanner';
import { OfflineBanner } from './header/OfflineBanner';
import { StorageBanner } from './header/StorageBanner';
import { MailBanner } from './mail/MailBanner';
import { StudioHeader } from './header/StudioHeader';
import { MerchOrders } from './merch/MerchOrders';
import { ModeratorsPanel } from './moderators/ModeratorsPanel';
import { ProgramProvider } from './program/ProgramContext';
import { SelfiesProvider } from './selfies/SelfiesContext';
import { ProgramPanel } from './program/ProgramPanel';
import { QueuePanel } from './queue/QueuePanel';
import { SettingsPanel } from './settings/SettingsPanel';
import { StudioTabs, type TabId } from './StudioTabs';

export interface StudioLayoutProps {
  syncing: boolean;
  loadError: string | null;
  onReload: () => void;
}

/** The control room: header, tabs, and the area of the chosen tab. */
export function StudioLayout({ syncing, loadError, onReload }: StudioLayoutProps) {
  const { snapshot } = useStudio();
  const [selectedShowId, setSelectedShowId] = useState<string | null>(null);
  const [tab, setTab] = useState<TabId>(() => (snapshot.shows.length === 0 ? 'editor' : 'live'));
  const show = currentShow(snapshot, selectedShowId);
  // The editor may be working on another show than the one on air (preparing next week's).
  const editedShow = snapshot.shows.find((candidate) => candidate.id === selectedShowId) ?? show;

  return (
    <GuestsProvider>
    <ProgramProvider>
    <SelfiesProvider>
    <div className="studio">
      <StudioHeader show={show} onOpenSettings={() => setTab('settings')} />
      <OfflineBanner syncing={syncing} loadError={loadError} onReload={onReload} />
      <StorageBanner />
      <DisputeBanner onOpenBooks={() => setTab('books')} />
      <MailBanner onOpenSettings={() => setTab('settings')} />
      <StudioTabs current={tab} onChange={setTab} show={show} />
      <main className="studio-main" id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`}>
        {tab === 'live' ? (
          <div className="live-grid">
            <QueuePanel show={show} />
            <FeedPanel show={show} />
          </div>
        ) : null}
        {tab === 'program' ? <ProgramPanel onOpenSettings={() => setTab('settings')} /> : null}
        {tab === 'guests' ? <GuestsPanel show={show} /> : null}
        {tab === 'merch' ? <MerchOrders /> : null}
        {tab === 'books' ? <BooksPanel /> : null}
        {tab === 'editor' ? <ShowEditor show={editedShow} onSelectShow={setSelectedShowId} /> : null}
        {tab === 'moderators' ? <ModeratorsPanel /> : null}
        {tab === 'settings' ? <SettingsPanel /> : null}
        {tab === 'activity' ? <ActivityLog /> : null}
      </main>
    </div>
    </SelfiesProvider>
    </ProgramProvider>
    </GuestsProvider>
  );
}
