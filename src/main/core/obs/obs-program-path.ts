import { said } from '../../../shared/i18n/said';
import { OBS_NAMES, type ObsPathChoice, type ObsProgramPath } from '../../../shared/obs';
import { ObsProblemError } from './obs-problems';

/** The URLs OBS loads; each carries the program's own token (see program/program-access.ts). */
export interface ProgramUrls {
  /** The program page, for a browser source. */
  page(): string;
  /** The live WebM program stream, for a media source. */
  stream(): string;
  /** The transparent alert overlay page, for a browser source. */
  overlay(): string;
}

export interface InputSpec {
  inputName: string;
  inputKind: string;
  /** As obs-websocket sends it: JSON only. */
  inputSettings: { [key: string]: string | number | boolean };
}

export interface ScenePlan {
  path: ObsProgramPath;
  program: InputSpec;
  /** The alert overlay (a browser source: a media source cannot carry transparency), or none. */
  overlay: InputSpec | null;
}

export const BROWSER_SOURCE = 'browser_source';
export const MEDIA_SOURCE = 'ffmpeg_source';

/**
 * Picks how the program reaches this OBS: the browser source (lowest latency) where the build has
 * one, else the media source playing the live stream; the host's override wins when OBS can do it.
 */
export function chooseProgramPath(inputKinds: readonly string[], choice: ObsPathChoice): ObsProgramPath {
  const hasBrowser = inputKinds.includes(BROWSER_SOURCE);
  const hasMedia = inputKinds.includes(MEDIA_SOURCE);
  if (choice === 'browser') {
    if (hasBrowser) return 'browser';
    throw new ObsProblemError({ code: 'obs_refused', ...said('error.obs.noBrowserSource') }, false);
  }
  if (choice === 'media') {
    if (hasMedia) return 'media';
    throw new ObsProblemError({ code: 'obs_refused', ...said('error.obs.noMediaSource') }, false);
  }
  if (hasBrowser) return 'browser';
  if (hasMedia) return 'media';
  throw new ObsProblemError({ code: 'obs_refused', ...said('error.obs.noSources') }, false);
}

/** The overlay page's own CSS in OBS: a transparent page over the program, no scrollbars. */
const OVERLAY_CSS = 'html, body { background-color: rgba(0, 0, 0, 0) !important; margin: 0; overflow: hidden; }';

/**
 * The inputs the Hotseat scene holds: the program on the chosen path and, where the build has a
 * browser source and the host has not put the alerts into the program, the alert overlay above it
 * (on either path: only the overlay needs the browser source).
 */
export function planScene(
  path: ObsProgramPath,
  inputKinds: readonly string[],
  urls: ProgramUrls,
  canvas: { width: number; height: number },
  overlayWanted = true,
): ScenePlan {
  const browser = (inputName: string, url: string): InputSpec => ({
    inputName,
    inputKind: BROWSER_SOURCE,
    inputSettings: {
      url,
      width: canvas.width,
      height: canvas.height,
      fps_custom: false,
      reroute_audio: true,
      shutdown: false,
      restart_when_active: false,
    },
  });
  const program: InputSpec =
    path === 'browser'
      ? browser(OBS_NAMES.programInput, urls.page())
      : {
          inputName: OBS_NAMES.programInput,
          inputKind: MEDIA_SOURCE,
          inputSettings: {
            is_local_file: false,
            input: urls.stream(),
            input_format: 'webm',
            reconnect_delay_sec: 1,
            // Live, not a file: with no buffering OBS opens the stream with AVFMT_FLAG_NOBUFFER, so the
            // packets ffmpeg reads while probing are dropped instead of played late (they would put
            // OBS seconds behind for good: it plays every frame at its own pace from the first).
            buffering_mb: 0,
            // No frame-rate probing (MediaRecorder writes no frame duration: ffmpeg would wait for
            // 40 frames); the key frame the studio starts every reader at gives the pixel format.
            ffmpeg_options: 'fpsprobesize=0 analyzeduration=500000',
            hw_decode: false,
            close_when_inactive: false,
            restart_on_activate: false,
            clear_on_media_end: false,
            looping: false,
          },
        };
  let overlay: InputSpec | null = null;
  if (overlayWanted && inputKinds.includes(BROWSER_SOURCE)) {
    const spec = browser(OBS_NAMES.overlayInput, urls.overlay());
    overlay = { ...spec, inputSettings: { ...spec.inputSettings, reroute_audio: false, css: OVERLAY_CSS } };
  }
  return { path, program, overlay };
}
