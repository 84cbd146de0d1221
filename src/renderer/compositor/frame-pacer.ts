/**
 * When the compositor draws its next frame. Pure (no DOM, no timers): the compositor tells it what
 * happened on its clock and asks when the next frame is due.
 *
 * A guest's picture should reach the program as soon as it arrives, not wait for a fixed timer that
 * happens to tick just before it (up to a whole frame of latency, on every frame). So while the lead
 * guest (the compositor picks one: the first guest whose picture flows) sends frames, each new frame
 * is drawn on arrival, and the timer only stands in, a little later than a frame, when that frame is
 * late. Other guests' frames wait for the next draw, as they would for a timer: drawing on every
 * guest's arrival would multiply the frame rate by the number of guests. Guests' cameras open at
 * no more than 30 fps (hooks/use-media-devices.ts); a burst of frames after a stall is drawn at most
 * once per `MIN_GAP` of a frame. With no guest picture flowing (host alone, test cards, media dropped) the timer
 * runs drift-free at the frame rate, so glides, alerts and countdowns stay smooth.
 */
export interface FramePacer {
  /** The frame rate changed in settings. */
  setFps(fps: number): void;
  /** The lead guest's video presented a new frame at `at`. */
  guestFrame(at: number): void;
  /** When the next frame is due (may be in the past: draw now). */
  nextDueAt(): number;
  /** A frame was drawn at `at`; returns how many frames were skipped before it (the page fell behind). */
  drawn(at: number): number;
  /** The loop stopped and starts again: the time it stood still was no frame skipped. */
  restart(): void;
}

/** A guest's frame is drawn at the earliest this much of a frame after the previous draw (a guest's jitter is far less). */
export const MIN_GAP = 0.5;
/** While guests' pictures flow, the timer waits this much of a frame for a guest's frame before it draws anyway. */
export const GUEST_WAIT = 1.25;
/** Guests' pictures count as flowing while the last one is at most this many frames old. */
const FLOWING_FRAMES = 2;
/** Behind by more than this many frames, the timer starts afresh rather than racing to catch up. */
const BEHIND_FRAMES = 2;

export function createFramePacer(fps: number): FramePacer {
  let interval = 1000 / fps;
  let lastDrawAt = Number.NEGATIVE_INFINITY;
  /** What the timer counts from: when the last frame was due (drift-free), or drawn when a guest's frame led. */
  let anchor = Number.NEGATIVE_INFINITY;
  let lastGuestFrameAt = Number.NEGATIVE_INFINITY;

  const guestFramePending = () => lastGuestFrameAt > lastDrawAt;
  const guestsFlowing = () => lastGuestFrameAt >= lastDrawAt - interval * FLOWING_FRAMES;

  const nextDueAt = () => {
    if (guestFramePending()) return lastDrawAt + interval * MIN_GAP;
    return anchor + interval * (guestsFlowing() ? GUEST_WAIT : 1);
  };

  return {
    setFps(next) {
      interval = 1000 / next;
    },
    guestFrame(at) {
      lastGuestFrameAt = Math.max(lastGuestFrameAt, at);
    },
    nextDueAt,
    drawn(at) {
      const first = lastDrawAt === Number.NEGATIVE_INFINITY;
      const due = first ? at : nextDueAt();
      const ledByGuest = guestFramePending();
      lastDrawAt = at;
      if (at - due > interval * BEHIND_FRAMES) {
        anchor = at;
        return Math.floor((at - due) / interval);
      }
      anchor = ledByGuest || first ? at : due;
      return 0;
    },
    restart() {
      lastDrawAt = Number.NEGATIVE_INFINITY;
      anchor = Number.NEGATIVE_INFINITY;
      lastGuestFrameAt = Number.NEGATIVE_INFINITY;
    },
  };
}
