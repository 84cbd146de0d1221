import { useIntl, type IntlShape } from 'react-intl';
import type { ObsStatus } from '../../../shared/obs';
import type { ProgramState } from '../../../shared/program';
import { useCommand } from '../../hooks/use-command';
import { useNow } from '../../hooks/use-now';
import { useStudio } from '../../hooks/use-studio';
import { useWordSaid } from '../../i18n/use-word-said';
import { formatDuration } from '../../lib/format';
import { AlertsLayerNote } from './AlertsLayerNote';

/** OBS at a glance: connection, outputs with their buttons, and health numbers; clear text when something is wrong. */
export function ObsPanel({ obs, program = null, onOpenSettings }: { obs: ObsStatus | null; program?: ProgramState | null; onOpenSettings?: () => void }) {
  const intl = useIntl();
  const { online } = useStudio();
  const output = useCommand('obs.output');
  const reconnect = useCommand('obs.reconnect');
  const switchScene = useCommand('obs.switchScene');
  const word = useWordSaid();
  const now = useNow(1000);
  if (!obs) return <p className="panel-note">{intl.formatMessage({ id: 'program.obs.reading' })}</p>;
  const connected = obs.connection === 'connected';
  const slow = connected && obs.problem?.code === 'slow';
  const tone = slow ? 'waiting' : connected ? 'good' : obs.connection === 'disabled' ? 'neutral' : obs.connection === 'failed' ? 'bad' : 'waiting';
  const retryIn = obs.retryAt ? Math.max(0, Date.parse(obs.retryAt) - now) : null;
  const busy = !online || !connected || output.pending;
  const stats = obs.stats;
  const percent = (share: number) => intl.formatNumber(share, { style: 'percent', maximumFractionDigits: 0 });

  return (
    <div className="obs-panel" aria-live="polite">
      <div className="obs-row">
        <span className={`chip chip-${tone}`} data-testid="obs-connection">
          {intl.formatMessage({ id: 'program.obs.connection' }, { state: slow ? 'slow' : obs.connection })}
        </span>
        {obs.obsVersion ? <span className="obs-version">{intl.formatMessage({ id: 'program.obs.version' }, { obs: obs.obsVersion, websocket: obs.websocketVersion ?? '?' })}</span> : null}
        {obs.programPath ? <span className="obs-version">{intl.formatMessage({ id: 'program.obs.path' }, { path: obs.programPath })}</span> : null}
      </div>
      {obs.problem ? (
        <div className={`obs-problem obs-problem-${obs.problem.code}`} role="alert">
          <p>{word(obs.problem)}</p>
          <p className="obs-problem-actions">
            {retryIn !== null ? <span>{intl.formatMessage({ id: 'program.obs.nextTry' }, { seconds: Math.ceil(retryIn / 1000), attempt: obs.attempt })}</span> : null}
            <button type="button" className="button button-small" disabled={!online || reconnect.pending} onClick={() => void reconnect.run({})}>
              {intl.formatMessage({ id: 'program.obs.tryNow' })}
            </button>
            {onOpenSettings ? (
              <button type="button" className="button button-small button-quiet" onClick={onOpenSettings}>
                {intl.formatMessage({ id: 'program.obs.settings' })}
              </button>
            ) : null}
          </p>
        </div>
      ) : null}
      {obs.connection === 'disabled' ? (
        <p className="panel-note">{intl.formatMessage({ id: 'program.obs.disabled' })}</p>
      ) : null}

      <AlertsLayerNote obs={obs} program={program} />

      <div className="obs-outputs">
        <OutputButton
          label={intl.formatMessage({ id: 'program.obs.stream' })}
          activeLabel={intl.formatMessage({ id: 'program.obs.streamOn' })}
          startLabel={intl.formatMessage({ id: 'program.obs.streamStart' })}
          active={obs.streaming.active}
          durationMs={obs.streaming.durationMs}
          disabled={busy}
          onToggle={() => void output.run({ output: 'stream', action: obs.streaming.active ? 'stop' : 'start' })}
        />
        <OutputButton
          label={intl.formatMessage({ id: 'program.obs.record' })}
          activeLabel={intl.formatMessage({ id: 'program.obs.recordOn' })}
          startLabel={intl.formatMessage({ id: 'program.obs.recordStart' })}
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
      {obs.recording.lastFile && !obs.recording.active ? <p className="obs-file">{intl.formatMessage({ id: 'program.obs.lastRecording' }, { file: obs.recording.lastFile })}</p> : null}
      {connected ? <ChapterNote chapters={obs.chapters} /> : null}

      <dl className="obs-stats">
        <Stat
          label={intl.formatMessage({ id: 'program.obs.stat.fps' })}
          value={stats ? intl.formatNumber(stats.activeFps, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) : '–'}
          warn={stats ? stats.activeFps < 24 : false}
        />
        <Stat
          label={intl.formatMessage({ id: 'program.obs.stat.dropped' })}
          value={stats ? ratio(intl, stats.renderSkippedFrames, stats.renderTotalFrames) : '–'}
          warn={stats ? stats.renderSkippedFrames / Math.max(1, stats.renderTotalFrames) > 0.01 : false}
        />
        <Stat
          label={intl.formatMessage({ id: 'program.obs.stat.skipped' })}
          value={stats ? ratio(intl, stats.outputSkippedFrames, stats.outputTotalFrames) : '–'}
          warn={stats ? stats.outputSkippedFrames / Math.max(1, stats.outputTotalFrames) > 0.01 : false}
        />
        <Stat
          label={intl.formatMessage({ id: 'program.obs.stat.congestion' })}
          value={obs.streaming.congestion === null ? '–' : percent(obs.streaming.congestion)}
          warn={(obs.streaming.congestion ?? 0) > 0.3}
        />
        <Stat
          label={intl.formatMessage({ id: 'program.obs.stat.disk' })}
          value={stats ? formatDisk(intl, stats.availableDiskSpaceMb) : '–'}
          warn={stats ? stats.availableDiskSpaceMb < 5_000 : false}
        />
        <Stat label={intl.formatMessage({ id: 'program.obs.stat.cpu' })} value={stats ? percent(stats.cpuUsage / 100) : '–'} warn={false} />
      </dl>

      {connected && obs.scenes.length > 0 ? (
        <div className="obs-scenes" role="group" aria-label={intl.formatMessage({ id: 'program.obs.scenes' })}>
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
  const intl = useIntl();
  const word = useWordSaid();
  if (chapters.supported === false) {
    return (
      <p className="obs-chapters obs-chapters-off" data-testid="obs-chapters">
        {intl.formatMessage({ id: 'program.obs.chapters.unsupported' })}
      </p>
    );
  }
  if (chapters.problem) {
    return (
      <p className="obs-chapters obs-chapters-problem" role="alert" data-testid="obs-chapters">
        {word(chapters.problemReason ? { message: chapters.problem, reason: chapters.problemReason } : { message: chapters.problem })}
      </p>
    );
  }
  return (
    <p className="obs-chapters" data-testid="obs-chapters">
      {chapters.last ? intl.formatMessage({ id: 'program.obs.chapters.added' }, { name: chapters.last.name }) : intl.formatMessage({ id: 'program.obs.chapters.note' })}
    </p>
  );
}

/** An output that is on but has not said for how long yet. */
const NO_DURATION_YET = '…';

function OutputButton(props: { label: string; activeLabel: string; startLabel: string; active: boolean; durationMs: number | null; disabled: boolean; onToggle: () => void }) {
  return (
    <button type="button" className={`output-button${props.active ? ' output-on' : ''}`} aria-pressed={props.active} disabled={props.disabled} onClick={props.onToggle}>
      <span className="output-dot" aria-hidden="true" />
      <span className="output-label">{props.active ? props.activeLabel : props.label}</span>
      <span className="output-time">{props.active && props.durationMs !== null ? formatDuration(props.durationMs) : props.active ? NO_DURATION_YET : props.startLabel}</span>
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

function ratio(intl: IntlShape, part: number, total: number): string {
  if (total === 0) return intl.formatNumber(0);
  return intl.formatMessage({ id: 'program.obs.stat.ratio' }, { part, share: part / total });
}

/** Free disk space in the studio's language ("12.3 GB", "12,3 Go"). */
function formatDisk(intl: IntlShape, mb: number): string {
  return mb >= 1024
    ? intl.formatNumber(mb / 1024, { style: 'unit', unit: 'gigabyte', minimumFractionDigits: 1, maximumFractionDigits: 1 })
    : intl.formatNumber(Math.round(mb), { style: 'unit', unit: 'megabyte' });
}
