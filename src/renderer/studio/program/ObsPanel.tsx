import { CHAPTERS_NEED, type ObsStatus } from '../../../shared/obs';
import type { ProgramState } from '../../../shared/program';
import { useCommand } from '../../hooks/use-command';
import { useNow } from '../../hooks/use-now';
import { useStudio } from '../../hooks/use-studio';
import { formatDuration } from '../../lib/format';
import { AlertsLayerNote } from './AlertsLayerNote';

const CONNECTION_TEXT: Record<ObsStatus['connection'], string> = {
  disabled: 'Off',
  connecting: 'Connecting…',
  connected: 'Connected',
  reconnecting: 'Reconnecting…',
  failed: 'Not connected',
};

/** OBS at a glance: connection, outputs with their buttons, and health numbers; clear text when something is wrong. */
export function ObsPanel({ obs, program = null, onOpenSettings }: { obs: ObsStatus | null; program?: ProgramState | null; onOpenSettings?: () => void }) {
  const { online } = useStudio();
  const output = useCommand('obs.output');
  const reconnect = useCommand('obs.reconnect');
  const switchScene = useCommand('obs.switchScene');
  const now = useNow(1000);
  if (!obs) return <p className="panel-note">Reading OBS status…</p>;
  const connected = obs.connection === 'connected';
  const slow = connected && obs.problem?.code === 'slow';
  const tone = slow ? 'waiting' : connected ? 'good' : obs.connection === 'disabled' ? 'neutral' : obs.connection === 'failed' ? 'bad' : 'waiting';
  const retryIn = obs.retryAt ? Math.max(0, Date.parse(obs.retryAt) - now) : null;
  const busy = !online || !connected || output.pending;
  const stats = obs.stats;

  return (
    <div className="obs-panel" aria-live="polite">
      <div className="obs-row">
        <span className={`chip chip-${tone}`} data-testid="obs-connection">
          OBS {slow ? 'slow to answer' : CONNECTION_TEXT[obs.connection]}
        </span>
        {obs.obsVersion ? <span className="obs-version">{`OBS ${obs.obsVersion} · websocket ${obs.websocketVersion ?? '?'}`}</span> : null}
        {obs.programPath ? <span className="obs-version">{obs.programPath === 'browser' ? 'Program page (browser source)' : 'Program stream (media source)'}</span> : null}
      </div>
      {obs.problem ? (
        <div className={`obs-problem obs-problem-${obs.problem.code}`} role="alert">
          <p>{obs.problem.message}</p>
          <p className="obs-problem-actions">
            {retryIn !== null ? <span>{`Next try in ${Math.ceil(retryIn / 1000)} s (attempt ${obs.attempt})`}</span> : null}
            <button type="button" className="button button-small" disabled={!online || reconnect.pending} onClick={() => void reconnect.run({})}>
              Try now
            </button>
            {onOpenSettings ? (
              <button type="button" className="button button-small button-quiet" onClick={onOpenSettings}>
                OBS settings
              </button>
            ) : null}
          </p>
        </div>
      ) : null}
      {obs.connection === 'disabled' ? (
        <p className="panel-note">
          The studio is not driving OBS. Turn it on in Settings → OBS with the address and password from OBS (Tools → WebSocket Server Settings).
        </p>
      ) : null}

      <AlertsLayerNote obs={obs} program={program} />

      <div className="obs-outputs">
        <OutputButton
          label="Stream"
          activeLabel="LIVE"
          active={obs.streaming.active}
          durationMs={obs.streaming.durationMs}
          disabled={busy}
          onToggle={() => void output.run({ output: 'stream', action: obs.streaming.active ? 'stop' : 'start' })}
        />
        <OutputButton
          label="Record"
          activeLabel="REC"
          active={obs.recording.active}
          durationMs={obs.recording.durationMs}
          disabled={busy}
          onToggle={() => void output.run({ output: 'record', action: obs.recording.active ? 'stop' : 'start' })}
        />
      </div>
      {output.error ? (
        <p className="inline-error" role="alert">
          {output.error.message}
        </p>
      ) : null}
      {obs.recording.lastFile && !obs.recording.active ? <p className="obs-file">{`Last recording: ${obs.recording.lastFile}`}</p> : null}
      {connected ? <ChapterNote chapters={obs.chapters} /> : null}

      <dl className="obs-stats">
        <Stat label="Output fps" value={stats ? stats.activeFps.toFixed(1) : '–'} warn={stats ? stats.activeFps < 24 : false} />
        <Stat label="Dropped (render)" value={stats ? ratio(stats.renderSkippedFrames, stats.renderTotalFrames) : '–'} warn={stats ? stats.renderSkippedFrames / Math.max(1, stats.renderTotalFrames) > 0.01 : false} />
        <Stat label="Skipped (encoder)" value={stats ? ratio(stats.outputSkippedFrames, stats.outputTotalFrames) : '–'} warn={stats ? stats.outputSkippedFrames / Math.max(1, stats.outputTotalFrames) > 0.01 : false} />
        <Stat
          label="Congestion"
          value={obs.streaming.congestion === null ? '–' : `${Math.round(obs.streaming.congestion * 100)}%`}
          warn={(obs.streaming.congestion ?? 0) > 0.3}
        />
        <Stat label="Disk free" value={stats ? formatDisk(stats.availableDiskSpaceMb) : '–'} warn={stats ? stats.availableDiskSpaceMb < 5_000 : false} />
        <Stat label="OBS CPU" value={stats ? `${stats.cpuUsage.toFixed(0)}%` : '–'} warn={false} />
      </dl>

      {connected && obs.scenes.length > 0 ? (
        <div className="obs-scenes" role="group" aria-label="OBS scenes">
          {obs.scenes.map((scene) => (
            <button
              key={scene}
              type="button"
              className="scene-button"
              aria-pressed={obs.currentScene === scene}
              disabled={!online || switchScene.pending}
              onClick={() => void switchScene.run({ sceneName: scene })}
            >
              {scene}
            </button>
          ))}
        </div>
      ) : null}
      {switchScene.error ? (
        <p className="inline-error" role="alert">
          {switchScene.error.message}
        </p>
      ) : null}
    </div>
  );
}

/** Chapter markers at each hot seat: what happened last, or why there are none. */
function ChapterNote({ chapters }: { chapters: ObsStatus['chapters'] }) {
  if (chapters.supported === false) return <p className="obs-chapters obs-chapters-off" data-testid="obs-chapters">{`No chapter markers: ${CHAPTERS_NEED}`}</p>;
  if (chapters.problem) {
    return (
      <p className="obs-chapters obs-chapters-problem" role="alert" data-testid="obs-chapters">
        {chapters.problem}
      </p>
    );
  }
  return (
    <p className="obs-chapters" data-testid="obs-chapters">
      {chapters.last ? `Chapter marker added: ${chapters.last.name}` : 'A chapter marker is added to the recording each time a hot seat goes on air.'}
    </p>
  );
}

function OutputButton(props: { label: string; activeLabel: string; active: boolean; durationMs: number | null; disabled: boolean; onToggle: () => void }) {
  return (
    <button type="button" className={`output-button${props.active ? ' output-on' : ''}`} aria-pressed={props.active} disabled={props.disabled} onClick={props.onToggle}>
      <span className="output-dot" aria-hidden="true" />
      <span className="output-label">{props.active ? props.activeLabel : props.label}</span>
      <span className="output-time">{props.active && props.durationMs !== null ? formatDuration(props.durationMs) : props.active ? '…' : `Start ${props.label.toLowerCase()}`}</span>
    </button>
  );
}

function Stat({ label, value, warn }: { label: string; value: string; warn: boolean }) {
  return (
    <div className={warn ? 'stat stat-warn' : 'stat'}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function ratio(part: number, total: number): string {
  if (total === 0) return '0';
  return `${part} (${((part / total) * 100).toFixed(1)}%)`;
}

function formatDisk(mb: number): string {
  return mb >= 1024 ? `${(mb / 1024).toFixed(1)} GB` : `${Math.round(mb)} MB`;
}
