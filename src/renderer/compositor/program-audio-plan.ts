/**
 * When the program recording carries the mixer's audio (pure; used by program-engine.ts).
 *
 * The mix (a MediaStreamAudioDestinationNode) gives continuous samples, silence when nothing is
 * mixed, once its AudioContext runs, so a recording started with the audio track keeps both tracks
 * whatever sources come and go: it never restarts for audio. Chromium's WebM writer waits for the
 * first audio before it writes any video, so while the context is suspended (a browser that wants a
 * click first) the recording starts with the picture alone, and restarts once, when audio starts.
 */
export type AudioContextState = 'suspended' | 'running' | 'closed' | 'interrupted';

/** Whether a recording started now should include the mix's audio track. */
export function recordWithAudio(hasMixer: boolean, state: AudioContextState | undefined): boolean {
  return hasMixer && state === 'running';
}

/**
 * Whether a context state change calls for a new recording: only when audio has just started and the
 * running recording was started without it. A context that stops and runs again (device change,
 * sleep) keeps its track, so the recording goes on.
 */
export function restartForAudio(recording: { active: boolean; hasAudio: boolean }, state: AudioContextState | undefined): boolean {
  return recording.active && !recording.hasAudio && state === 'running';
}

/** How long a start waits for the audio to run (allowed without a click: Electron, autoplay policy). */
export const AUDIO_START_WAIT_MS = 1_000;
