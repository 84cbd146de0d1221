import { describe, expect, it } from 'vitest';
import { parseStudioToGuestMessage } from '../../../src/shared/peer-messages';
import { PictureDemand } from '../../../src/renderer/lib/picture-demand';
import { sameSize, scaleDownToCover, shrinks, sizeToAsk, THUMBNAIL } from '../../../src/renderer/lib/picture-size';

// The registry only uses streams as map keys: plain objects stand in for MediaStreams under Node.
type FakeStream = { id: string };
let streams = 0;
const stream = (): FakeStream => ({ id: `stream-${++streams}` });

describe('guests send what is drawn: sizing', () => {
  it('asks for the largest drawn size, rounded up to 16-pixel steps', () => {
    expect(sizeToAsk([{ width: 480, height: 270 }, { width: 952, height: 1080 }])).toEqual({ width: 960, height: 1088 });
    expect(sizeToAsk([{ width: 1920, height: 1080 }])).toEqual({ width: 1920, height: 1088 });
  });

  it('never asks for less than a thumbnail, also when nothing draws the picture', () => {
    expect(sizeToAsk([])).toEqual(THUMBNAIL);
    expect(sizeToAsk([{ width: 100, height: 60 }])).toEqual(THUMBNAIL);
    expect(sizeToAsk([{ width: 100, height: 400 }])).toEqual({ width: 320, height: 400 });
  });

  it('scales a camera down only as far as it still covers the drawn size on both sides', () => {
    expect(scaleDownToCover({ width: 1280, height: 720 }, { width: 320, height: 180 })).toBe(4);
    expect(scaleDownToCover({ width: 1280, height: 720 }, { width: 480, height: 272 })).toBe(2.64);
    // A tall tile (side by side at 1080p) crops the camera's sides: its height decides.
    expect(scaleDownToCover({ width: 1920, height: 1080 }, { width: 960, height: 1088 })).toBe(1);
    expect(scaleDownToCover({ width: 1280, height: 720 }, { width: 640, height: 540 })).toBe(1.33);
  });

  it('never scales up, and treats a camera of unknown size as full size', () => {
    expect(scaleDownToCover({ width: 320, height: 240 }, { width: 1920, height: 1088 })).toBe(1);
    expect(scaleDownToCover({ width: 0, height: 0 }, { width: 320, height: 180 })).toBe(1);
  });

  it('tells a shrink (waits) from a growth or a change of shape (sent at once)', () => {
    expect(shrinks({ width: 960, height: 544 }, { width: 320, height: 180 })).toBe(true);
    expect(shrinks({ width: 320, height: 180 }, { width: 960, height: 544 })).toBe(false);
    expect(shrinks({ width: 960, height: 544 }, { width: 480, height: 1088 })).toBe(false);
    expect(shrinks({ width: 960, height: 544 }, { width: 960, height: 544 })).toBe(false);
    expect(sameSize(null, null)).toBe(true);
    expect(sameSize({ width: 1, height: 2 }, null)).toBe(false);
  });
});

describe('the page’s picture demand', () => {
  it('keeps each consumer’s size per stream, tells listeners of every change, and forgets released ones', () => {
    const demand = new PictureDemand<FakeStream>();
    const [a, b] = [stream(), stream()];
    const [program, preview] = [{}, {}];
    const changed: FakeStream[] = [];
    const stop = demand.subscribe((s) => changed.push(s));
    demand.want(a, program, { width: 960, height: 540 });
    demand.want(a, preview, { width: 320, height: 180 });
    demand.want(b, preview, { width: 320, height: 180 });
    expect(demand.sizesOf(a)).toEqual([{ width: 960, height: 540 }, { width: 320, height: 180 }]);
    // The same size again is no change.
    demand.want(a, program, { width: 960, height: 540 });
    expect(changed).toEqual([a, a, b]);
    demand.release(a, program);
    expect(demand.sizesOf(a)).toEqual([{ width: 320, height: 180 }]);
    demand.release(a, program);
    expect(changed).toEqual([a, a, b, a]);
    demand.release(a, preview);
    expect(demand.sizesOf(a)).toEqual([]);
    stop();
    demand.want(b, program, { width: 640, height: 360 });
    expect(changed).toHaveLength(5);
  });
});

describe('messages from a studio page to a guest over the data channel', () => {
  it('reads a valid sendSize from text or bytes', () => {
    const text = JSON.stringify({ type: 'sendSize', size: { width: 960, height: 544 } });
    expect(parseStudioToGuestMessage(text)).toEqual({ type: 'sendSize', size: { width: 960, height: 544 } });
    expect(parseStudioToGuestMessage(new TextEncoder().encode(text))).toEqual({ type: 'sendSize', size: { width: 960, height: 544 } });
  });

  it('ignores anything else: not JSON, unknown types, sizes out of range, oversized messages', () => {
    expect(parseStudioToGuestMessage('not json')).toBeNull();
    expect(parseStudioToGuestMessage(JSON.stringify({ type: 'eval', code: 'alert(1)' }))).toBeNull();
    expect(parseStudioToGuestMessage(JSON.stringify({ type: 'sendSize', size: { width: 0, height: 544 } }))).toBeNull();
    expect(parseStudioToGuestMessage(JSON.stringify({ type: 'sendSize', size: { width: 1e9, height: 544 } }))).toBeNull();
    expect(parseStudioToGuestMessage(JSON.stringify({ type: 'sendSize', size: { width: 9.5, height: 544 } }))).toBeNull();
    expect(parseStudioToGuestMessage(`{"type":"sendSize","size":{"width":320,"height":180},"pad":"${'x'.repeat(2000)}"}`)).toBeNull();
    expect(parseStudioToGuestMessage(42)).toBeNull();
  });
});
