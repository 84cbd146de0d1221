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
  const { engine, obs, program, layout, setLayout, loadError } = useProgram();
  const recorder = useReadable(engine?.recorder.state ?? idle);
  return (
    <div className="program-grid">
      <Panel
        title="Program"
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
        <Panel title="OBS">
          <ObsPanel obs={obs} program={program} onOpenSettings={onOpenSettings} />
        </Panel>
        <Panel title="Sound">
          <AudioMixerStrip engine={engine} />
        </Panel>
      </div>
    </div>
  );
}

function FeedStatus({ recorder, readers }: { recorder: RecorderState; readers: number }) {
  const text =
    recorder.status === 'recording'
      ? `Program stream live · ${readers === 1 ? '1 reader' : `${readers} readers`}`
      : recorder.status === 'retrying'
        ? `Program stream interrupted: ${recorder.reason} Retrying…`
        : recorder.status === 'unsupported'
          ? recorder.reason
          : recorder.status === 'connecting'
            ? 'Program stream connecting…'
            : 'Program stream idle: it starts when OBS reads it';
  const tone = recorder.status === 'recording' ? 'good' : recorder.status === 'idle' || recorder.status === 'connecting' ? 'neutral' : 'bad';
  return (
    <span className={`chip chip-${tone}`} role="status" data-testid="program-feed">
      {text}
    </span>
  );
}
