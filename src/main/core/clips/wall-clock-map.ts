/**
 * Media time → wall time for one recording.
 *
 * The recorder stamps frames with media time (milliseconds from its first frame); the program feed
 * stamps every piece it receives with the wall clock. A Cluster's Timecode is the media time of its
 * first frame, and the Cluster reaches the core after that frame was drawn by: the encoder's delay,
 * plus up to one MediaRecorder timeslice (the recorder hands out data every 100 ms, so a frame waits
 * for the next tick), plus the socket. So `arrival − timecode` is the true offset plus a delay that
 * is never negative and varies by up to a timeslice; the smallest value seen is the best estimate
 * (off only by the encoder's and the socket's delay), and it only ever goes down as more Clusters
 * arrive. The error measured end to end is in docs/ARCHITECTURE.md (Clips).
 *
 * Both clocks run at the same rate (the recorder's timestamps come from the capture clock); a wall
 * clock that is stepped (NTP) during a recording moves later segments by the step.
 */
export interface WallClockMap {
  /** A Cluster whose first frame has media time `mediaMs` arrived at wall time `arrivedAt`. */
  observe(mediaMs: number, arrivedAt: number): void;
  /** Wall ms minus media ms; null until a Cluster was seen. */
  readonly offsetMs: number | null;
  toWall(mediaMs: number): number;
}

export function createWallClockMap(): WallClockMap {
  let offset: number | null = null;
  return {
    observe(mediaMs, arrivedAt) {
      const candidate = arrivedAt - mediaMs;
      if (offset === null || candidate < offset) offset = candidate;
    },
    get offsetMs() {
      return offset;
    },
    toWall(mediaMs) {
      if (offset === null) throw new Error('no Cluster has arrived yet: media time cannot be placed on the wall clock');
      return mediaMs + offset;
    },
  };
}
