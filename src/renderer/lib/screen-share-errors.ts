/**
 * Plain words for why a screen share did not start, and what the host can do about it. A closed
 * picker is not an error: the host changed their mind, so it says nothing.
 */
export type ShareProblem = { kind: 'cancelled' } | { kind: 'blocked' | 'nothing' | 'busy' | 'unsupported' | 'other'; message: string };

export function describeShareError(error: unknown): ShareProblem {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  const detail = error instanceof Error ? error.message : String(error);
  switch (name) {
    case 'NotAllowedError':
      // Chromium says "Permission denied by system" when the OS refuses screen recording, and
      // "Permission denied" (by user) when the picker was closed.
      if (/system/i.test(detail)) {
        return {
          kind: 'blocked',
          message:
            'Your computer blocked screen recording. On a Mac: System Settings → Privacy & Security → Screen & System Audio Recording → allow Hotseat (or this browser), then try again.',
        };
      }
      return { kind: 'cancelled' };
    case 'AbortError':
      return { kind: 'cancelled' };
    case 'NotFoundError':
      return { kind: 'nothing', message: 'There is no screen or window to share.' };
    case 'NotReadableError':
      return { kind: 'busy', message: 'The screen could not be captured: another program may be protecting it. Pick another window or screen.' };
    case 'TypeError':
    case 'NotSupportedError':
      return { kind: 'unsupported', message: 'This browser cannot share a screen from this page (it needs a recent Chrome, Edge or Firefox on a secure page).' };
    default:
      return { kind: 'other', message: `The screen share could not start (${name || detail}). Try again.` };
  }
}
