/** Plain words for why the camera or microphone could not be opened, and what to do about it. */
export interface MediaProblem {
  kind: 'denied' | 'no-device' | 'busy' | 'insecure' | 'other';
  title: string;
  help: string;
}

export function describeMediaError(error: unknown): MediaProblem {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return {
        kind: 'denied',
        title: 'Camera and microphone are blocked',
        help: 'Allow camera and microphone for this page: click the camera icon in the address bar (or your browser’s site settings), choose “Allow”, then try again.',
      };
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return {
        kind: 'no-device',
        title: 'No camera or microphone found',
        help: 'Plug in a camera and a microphone (or a headset), or pick another one below, then try again.',
      };
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return {
        kind: 'busy',
        title: 'Your camera or microphone is in use',
        help: 'Another app (a video call, OBS, another tab) is using it. Close that app or tab, then try again.',
      };
    case 'TypeError':
      return {
        kind: 'insecure',
        title: 'This page cannot use your camera here',
        help: 'Browsers only allow cameras on secure (https) pages. Ask the host for their https link.',
      };
    default:
      return { kind: 'other', title: 'Could not start your camera and microphone', help: `Try again, or try another browser. (${name || String(error)})` };
  }
}
