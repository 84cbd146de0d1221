import type { MessageId, MessageValues } from '../../shared/i18n/messages';

/**
 * Why the camera or microphone could not be opened. The words (what happened, what to do) are
 * catalog messages, so each page says them in its own language: see mediaProblemMessages.
 */
export interface MediaProblem {
  kind: 'denied' | 'no-device' | 'busy' | 'insecure' | 'other';
  /** The browser's error name (or text), shown only for an unexpected failure. */
  detail: string;
}

export function describeMediaError(error: unknown): MediaProblem {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  const detail = name || String(error);
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return { kind: 'denied', detail };
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return { kind: 'no-device', detail };
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return { kind: 'busy', detail };
    case 'TypeError':
      return { kind: 'insecure', detail };
    default:
      return { kind: 'other', detail };
  }
}

export interface MediaProblemMessages {
  title: MessageId;
  help: MessageId;
  values: MessageValues;
}

const MESSAGES: Record<MediaProblem['kind'], { title: MessageId; help: MessageId }> = {
  denied: { title: 'guest.media.denied.title', help: 'guest.media.denied.help' },
  'no-device': { title: 'guest.media.noDevice.title', help: 'guest.media.noDevice.help' },
  busy: { title: 'guest.media.busy.title', help: 'guest.media.busy.help' },
  insecure: { title: 'guest.media.insecure.title', help: 'guest.media.insecure.help' },
  other: { title: 'guest.media.other.title', help: 'guest.media.other.help' },
};

/** The catalog messages that explain a problem (the studio reads them in English, guests in theirs). */
export function mediaProblemMessages(problem: MediaProblem): MediaProblemMessages {
  return { ...MESSAGES[problem.kind], values: { detail: problem.detail } };
}
