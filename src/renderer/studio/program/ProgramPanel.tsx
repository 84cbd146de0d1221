import { useIntl } from 'react-intl';
import { useReadable } from '../../hooks/use-readable';
import { Observable } from '../../lib/observable';
import type { RecorderState } from '../../compositor/program-recorder';
import { Panel } from '../common/Panel';
import { ProgramSelfies } from '../selfies/ProgramSelfies';
import { SelfieShortcut } from '../selfies/SelfieShortcut';
import { AudioMixerStrip } from './AudioMixerStrip';
import { CameraPicker } from './CameraPicker';
import { GuestSlots } from './GuestSlots';
import { LayoutPicker } from './LayoutPicker';
import { ObsPanel } from './ObsPanel';
import { useProgram } from './ProgramContext';
import { ProgramPreview } from './ProgramPreview';
import { ScreenShareControl } from './ScreenShareControl';
import './program.css';

const idle = new Observable<RecorderState>({ status: 'idle' });

/** The Program tab: the picture going out, its layout and sources, the sound, and OBS. */
export function ProgramPanel({ onOpenSettings }: { onOpenSettings: () => void }) {
  const intl = useIntl();
  const { engine, obs, program, layout, setLayout, loadError } = useProgram();
  const recorder = useReadable(engine?.recorder.state ?? idle);
  return (
    <div className="program-grid">
      <Panel
        title={intl.formatMessage({ id: 'program.title' })}
        className="program-main"
        actions={
          <div className="program-sources">
            <ScreenShareControl />
            <CameraPicker />
          </div>
        }
      >
        {loadError ? (
          <p className="inline-error" role="alert">
            {loadError}
          </p>
        ) : null}
        <ProgramPreview engine={engine} />
        <div className="program-controls">
          <LayoutPicker value={layout} onChange={setLayout} />
          <FeedStatus recorder={recorder} readers={program?.feed.readers ?? 0} />
        </div>
        <GuestSlots />
      </Panel>
      <SelfieShortcut />
      <div className="program-side">
        <ProgramSelfies />
        <Panel title={intl.formatMessage({ id: 'program.obsTitle' })}>
          <ObsPanel obs={obs} program={program} onOpenSettings={onOpenSettings} />
        </Panel>
        <Panel title={intl.formatMessage({ id: 'program.soundTitle' })}>
          <AudioMixerStrip engine={engine} />
        </Panel>
      </div>
    </div>
  );
}

function FeedStatus({ recorder, readers }: { recorder: RecorderState; readers: number }) {
  const intl = useIntl();
  // A retry's cause is a kind the catalog words (with the browser's own words, when it gave some).
  const reason = recorder.status === 'retrying' ? intl.formatMessage({ id: 'program.feed.cause' }, { cause: recorder.cause, detail: recorder.detail ?? '' }) : '';
  const text = intl.formatMessage({ id: 'program.feed' }, { status: recorder.status, readers, reason });
  const tone = recorder.status === 'recording' ? 'good' : recorder.status === 'idle' || recorder.status === 'connecting' ? 'neutral' : 'bad';
  return (
    <span className={`chip chip-${tone}`} role="status" data-testid="program-feed">
      {text}
    </span>
  );
}
