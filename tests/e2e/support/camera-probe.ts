import type { Page } from 'playwright-core';

/**
 * Reading what a page's own camera sends, from the outside: an init script keeps every stream the
 * page opens with getUserMedia, and `cameraSends` reads the first one's video track (its settings,
 * and the size of the frames a fresh player decodes from a clone of it).
 */
export const TRACK_CAMERAS = `(() => {
  const cameras = [];
  Object.defineProperty(window, '__cameras', { value: cameras });
  const devices = navigator.mediaDevices;
  const open = devices.getUserMedia.bind(devices);
  devices.getUserMedia = async (constraints) => {
    const stream = await open(constraints);
    cameras.push(stream);
    return stream;
  };
})()`;

export interface CameraSends {
  /** The track's own settings. */
  width: number;
  height: number;
  /** The frames a player decodes from it. */
  frame: { width: number; height: number };
}

export async function cameraSends(page: Page): Promise<CameraSends | null> {
  return page.evaluate<CameraSends | null>(`(async () => {
    const track = window.__cameras[0]?.getVideoTracks()[0];
    if (!track || track.readyState !== 'live') return null;
    const { width = 0, height = 0 } = track.getSettings();
    const copy = track.clone();
    const video = document.createElement('video');
    video.muted = true;
    video.srcObject = new MediaStream([copy]);
    try {
      await video.play();
      return { width, height, frame: { width: video.videoWidth, height: video.videoHeight } };
    } finally {
      copy.stop();
    }
  })()`);
}
