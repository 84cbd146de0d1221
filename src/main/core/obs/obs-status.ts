import type { ObsSettings, ObsStatus } from '../../../shared/obs';
import type { ObsCaller } from './obs-calls';

/** The status before anything is known. */
export function emptyStatus(settings: ObsSettings): ObsStatus {
  return {
    settings,
    connection: settings.enabled ? 'connecting' : 'disabled',
    problem: null,
    attempt: 0,
    retryAt: null,
    obsVersion: null,
    websocketVersion: null,
    programPath: null,
    sceneReady: false,
    overlayInput: false,
    currentScene: null,
    scenes: [],
    streaming: { active: false, durationMs: null, congestion: null, skippedFrames: 0, totalFrames: 0 },
    recording: { active: false, durationMs: null, congestion: null, skippedFrames: 0, totalFrames: 0, paused: false, lastFile: null },
    stats: null,
    chapters: { supported: null, last: null, problem: null, problemReason: null },
    updatedAt: new Date().toISOString(),
  };
}

type LiveFields = Pick<ObsStatus, 'streaming' | 'recording' | 'stats' | 'currentScene' | 'scenes'>;

/** One round of the live numbers: outputs, render/encode health, disk space, scenes. */
export async function readLiveStatus(obs: ObsCaller): Promise<LiveFields> {
  const [stats, stream, record, sceneList] = await Promise.all([
    obs.call('GetStats'),
    obs.call('GetStreamStatus'),
    obs.call('GetRecordStatus'),
    obs.call('GetSceneList'),
  ]);
  const count = (n: number) => Math.max(0, Math.round(n));
  return {
    streaming: {
      active: stream.outputActive,
      durationMs: stream.outputActive ? Math.max(0, stream.outputDuration) : null,
      congestion: stream.outputActive ? Math.min(1, Math.max(0, stream.outputCongestion ?? 0)) : null,
      skippedFrames: count(stream.outputSkippedFrames),
      totalFrames: count(stream.outputTotalFrames),
    },
    recording: {
      active: record.outputActive,
      paused: record.outputPaused,
      durationMs: record.outputActive ? Math.max(0, record.outputDuration) : null,
      congestion: null,
      skippedFrames: count(stats.outputSkippedFrames),
      totalFrames: count(stats.outputTotalFrames),
      lastFile: null,
    },
    stats: {
      activeFps: Math.max(0, stats.activeFps),
      renderSkippedFrames: count(stats.renderSkippedFrames),
      renderTotalFrames: count(stats.renderTotalFrames),
      outputSkippedFrames: count(stats.outputSkippedFrames),
      outputTotalFrames: count(stats.outputTotalFrames),
      availableDiskSpaceMb: Math.max(0, stats.availableDiskSpace),
      cpuUsage: Math.max(0, stats.cpuUsage),
    },
    currentScene: sceneList.currentProgramSceneName ?? null,
    scenes: sceneList.scenes.map((scene) => scene.sceneName).reverse(),
  };
}
