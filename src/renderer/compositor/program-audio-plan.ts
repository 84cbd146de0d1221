/**
 * When the program recording carries the mixer's audio (pure; used by program-engine.ts).
 *
 * The mix (a MediaStreamAudioDestinationNode) gives continuous samples, silence when nothing is
 * mixed, while its AudioContext runs, so a recording started with the audio track keeps both tracks
 * whatever sources come and go: it never restarts for sources. Chromium's WebM writer waits for the
 * first audio before it writes any video, so while the context is suspended (a browser that wants a
 * click first) the recording starts with the picture alone, and restarts once, when audio starts.
 *
 * A context that stops while the recording has its track (suspended, interrupted by the system)
 * delivers no samples: the recording goes on with a hole in its audio, and players stop at the hole
 * (a Media Source player plays only where both tracks have data; the studio's program page froze
 * for as long as the context was stopped). So the engine asks the context to run again, and if it
 * does not within AUDIO_START_WAIT_MS, records the picture alone until it does.
 */
export type AudioContextState = 'suspended' | 'running' | 'closed' | 'interrupted';

export interface RecordingAudio {
  /** A recording is running (or starting). */
  active: boolean;
  /** It was started with the mix's audio track. */
  hasAudio: boolean;
}

/** Whether a recording started now should include the mix's audio track. */
export function recordWithAudio(hasMixer: boolean, state: AudioContextState | undefined): boolean {
  return hasMixer && state === 'running';
}

/**
 * What a change of the context's state means for the running recording: `restart` (audio has just
 * started and the recording has none), `recover` (the recording's audio has stopped: try to resume,
 * then `stillSilent` decides), or `keep`.
 */
export function audioStateAction(recording: RecordingAudio, state: AudioContextState | undefined): 'keep' | 'restart' | 'recover' {
  if (!recording.active) return 'keep';
  if (!recording.hasAudio) return state === 'running' ? 'restart' : 'keep';
  return state === 'running' ? 'keep' : 'recover';
}

/** After trying to resume: a recording whose audio still does not flow restarts with the picture alone. */
export function stillSilent(recording: RecordingAudio, state: AudioContextState | undefined): boolean {
  return recording.active && recording.hasAudio && state !== 'running';
}

/** How long a start (or a recovery) waits for the audio to run (allowed without a click: Electron, autoplay policy). */
export const AUDIO_START_WAIT_MS = 1_000;
