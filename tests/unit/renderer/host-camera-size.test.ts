import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cameraSizeFor, followDrawnSize, type CameraSizeConstraints, type CameraTrack } from '../../../src/renderer/lib/host-camera-size';
import { PictureDemand } from '../../../src/renderer/lib/picture-demand';
import { SizeAsker } from '../../../src/renderer/lib/size-asker';

/** A camera track that records what it was asked and reports the size it opened at. */
class FakeCameraTrack implements CameraTrack {
  readonly asked: { width: number; height: number }[] = [];
  constructor(
    private readonly opened: { width: number; height: number },
    private readonly refuse = false,
  ) {}
  getSettings() {
    return this.opened;
  }
  applyConstraints(constraints: CameraSizeConstraints): Promise<void> {
    expect(constraints.resizeMode).toBe('crop-and-scale');
    this.asked.push({ width: constraints.width.ideal, height: constraints.height.ideal });
    return this.refuse ? Promise.reject(new Error('OverconstrainedError')) : Promise.resolve();
  }
}

const cameraStream = (track: CameraTrack) => ({ getVideoTracks: () => [track] });

describe('the host camera sends what is drawn', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('scales the camera to cover its spotlight thumbnail, after the layout settles, and back at once when it grows', () => {
    const track = new FakeCameraTrack({ width: 1280, height: 720 });
    const stream = cameraStream(track);
    const demand = new PictureDemand<typeof stream>();
    const program = {};
    demand.want(stream, program, { width: 1280, height: 720 });
    const stop = followDrawnSize(stream, demand, { shrinkAfterMs: 1_000 });
    expect(track.asked).toEqual([{ width: 1280, height: 720 }]);

    // The spotlight's column tile at 720p: 400×225, asked as 400×240 (16-pixel steps), covered by 427×240.
    demand.want(stream, program, { width: 400, height: 225 });
    expect(track.asked).toHaveLength(1);
    vi.advanceTimersByTime(999);
    expect(track.asked).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(track.asked.at(-1)).toEqual({ width: 427, height: 240 });

    demand.want(stream, program, { width: 1280, height: 720 });
    expect(track.asked.at(-1)).toEqual({ width: 1280, height: 720 });
    stop();
  });

  it('never asks a camera for more than it opened at, and asks nothing twice', () => {
    const track = new FakeCameraTrack({ width: 1280, height: 720 });
    const stream = cameraStream(track);
    const demand = new PictureDemand<typeof stream>();
    const stop = followDrawnSize(stream, demand, { shrinkAfterMs: 0 });
    // Nothing draws it yet: a thumbnail.
    vi.runAllTimers();
    expect(track.asked).toEqual([{ width: 320, height: 180 }]);
    demand.want(stream, {}, { width: 1920, height: 1080 });
    demand.want(stream, {}, { width: 1920, height: 1080 });
    expect(track.asked).toEqual([{ width: 320, height: 180 }, { width: 1280, height: 720 }]);
    stop();
  });

  it('follows the largest of everything that draws the camera, and only this camera', () => {
    const track = new FakeCameraTrack({ width: 1280, height: 720 });
    const stream = cameraStream(track);
    const other = cameraStream(new FakeCameraTrack({ width: 1280, height: 720 }));
    const demand = new PictureDemand<typeof stream>();
    const preview = {};
    const program = {};
    demand.want(stream, program, { width: 640, height: 360 });
    const stop = followDrawnSize(stream, demand, { shrinkAfterMs: 0 });
    // 640×360 asked as 640×368: 720 / 368 = 1.95, so 656×369.
    expect(track.asked).toEqual([{ width: 656, height: 369 }]);
    demand.want(other, {}, { width: 1920, height: 1080 });
    expect(track.asked).toHaveLength(1);
    demand.want(stream, preview, { width: 960, height: 540 });
    expect(track.asked.at(-1)).toEqual({ width: 970, height: 545 });
    demand.release(stream, preview);
    vi.runAllTimers();
    expect(track.asked.at(-1)).toEqual({ width: 656, height: 369 });
    stop();
    demand.want(stream, program, { width: 1280, height: 720 });
    expect(track.asked.at(-1)).toEqual({ width: 656, height: 369 });
  });

  it('keeps the picture when the camera refuses a size, and says so', async () => {
    const track = new FakeCameraTrack({ width: 1280, height: 720 }, true);
    const stream = cameraStream(track);
    const demand = new PictureDemand<typeof stream>();
    const errors: unknown[] = [];
    const stop = followDrawnSize(stream, demand, { shrinkAfterMs: 0, onError: (error) => errors.push(error) });
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    stop();
  });

  it('does nothing for a stream with no camera or no known size', () => {
    const demand = new PictureDemand<{ getVideoTracks(): CameraTrack[] }>();
    expect(() => followDrawnSize({ getVideoTracks: () => [] }, demand)()).not.toThrow();
    const sizeless = new FakeCameraTrack({ width: 0, height: 0 });
    followDrawnSize(cameraStream(sizeless), demand)();
    expect(sizeless.asked).toEqual([]);
  });

  it('covers the drawn size with the camera’s own shape', () => {
    expect(cameraSizeFor({ width: 1280, height: 720 }, { width: 960, height: 544 })).toEqual({ width: 970, height: 545 });
    expect(cameraSizeFor({ width: 640, height: 480 }, { width: 320, height: 180 })).toEqual({ width: 320, height: 240 });
    expect(cameraSizeFor({ width: 1280, height: 720 }, { width: 1920, height: 1088 })).toEqual({ width: 1280, height: 720 });
  });
});

describe('asking a sender for a size', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends a growth at once, a shrink after the wait, and a shrink overtaken by a growth never', () => {
    const told: string[] = [];
    const asker = new SizeAsker((size) => (told.push(`${size.width}x${size.height}`), true), 500);
    asker.ask({ width: 640, height: 360 });
    asker.ask({ width: 320, height: 180 });
    vi.advanceTimersByTime(400);
    asker.ask({ width: 1280, height: 720 });
    vi.advanceTimersByTime(1_000);
    expect(told).toEqual(['640x360', '1280x720']);
    asker.ask({ width: 320, height: 180 });
    asker.dispose();
    vi.advanceTimersByTime(1_000);
    expect(told).toEqual(['640x360', '1280x720']);
  });

  it('asks again when a size did not reach the sender', () => {
    let open = false;
    const told: number[] = [];
    const asker = new SizeAsker((size) => (told.push(size.width), open), 0);
    asker.ask({ width: 640, height: 360 });
    open = true;
    asker.ask({ width: 640, height: 360 });
    expect(told).toEqual([640, 640]);
  });
});
