import type { OBSWebSocket } from 'obs-websocket-js/json';
import type { Rect } from '../../../src/renderer/compositor/layout-geometry';

/**
 * Figure 1's peer scene in a real OBS: the same four camera tiles as the compositor (the same clip,
 * played from disk by four media sources, placed at the compositor's grid rectangles) and a text
 * source per tile for the name banners, at 1920x1080 and 30 fps. A second, empty scene lets OBS
 * idle (its sources closed) while the studio page is measured.
 */
export const BENCH_SCENE = 'Hotseat bench 1080p';
export const IDLE_SCENE = 'Hotseat bench idle';

export async function setUpObsScene(obs: OBSWebSocket, clipPath: string, tiles: { label: string; rect: Rect }[]): Promise<void> {
  await obs.call('SetVideoSettings', { baseWidth: 1920, baseHeight: 1080, outputWidth: 1920, outputHeight: 1080, fpsNumerator: 30, fpsDenominator: 1 });
  for (const sceneName of [BENCH_SCENE, IDLE_SCENE]) await obs.call('CreateScene', { sceneName });
  await obs.call('SetCurrentProgramScene', { sceneName: IDLE_SCENE });
  for (const [index, tile] of tiles.entries()) {
    const media = await obs.call('CreateInput', {
      sceneName: BENCH_SCENE,
      inputName: `camera ${index + 1}`,
      inputKind: 'ffmpeg_source',
      // Closed while its scene is not on program, like the studio's players paused between phases.
      inputSettings: { is_local_file: true, local_file: clipPath, looping: true, restart_on_activate: false, close_when_inactive: true, hw_decode: false },
      sceneItemEnabled: true,
    });
    await obs.call('SetSceneItemTransform', {
      sceneName: BENCH_SCENE,
      sceneItemId: media.sceneItemId,
      sceneItemTransform: {
        positionX: tile.rect.x,
        positionY: tile.rect.y,
        boundsType: 'OBS_BOUNDS_SCALE_OUTER',
        boundsWidth: tile.rect.w,
        boundsHeight: tile.rect.h,
        boundsAlignment: 0,
      },
    });
    const size = Math.round(1080 * 0.03 * Math.min(1, tile.rect.h / 1080 + 0.4));
    const banner = await obs.call('CreateInput', {
      sceneName: BENCH_SCENE,
      inputName: `banner ${index + 1}`,
      inputKind: 'text_ft2_source_v2',
      inputSettings: { text: tile.label, font: { face: 'DejaVu Sans', size, style: 'Bold', flags: 1 }, drop_shadow: true, outline: false, color1: 0xffffffff, color2: 0xffffffff },
      sceneItemEnabled: true,
    });
    await obs.call('SetSceneItemTransform', {
      sceneName: BENCH_SCENE,
      sceneItemId: banner.sceneItemId,
      sceneItemTransform: { positionX: tile.rect.x + size * 1.5, positionY: tile.rect.y + tile.rect.h - size * 2.4 },
    });
  }
}

export interface ObsFrameStats {
  /** GetStats.averageFrameRenderTime: OBS's mean time to render a frame over its last second, ms. */
  averageFrameRenderTime: number;
  renderSkippedFrames: number;
  renderTotalFrames: number;
}

export async function obsFrameStats(obs: OBSWebSocket): Promise<ObsFrameStats> {
  const stats = await obs.call('GetStats');
  return {
    averageFrameRenderTime: stats.averageFrameRenderTime,
    renderSkippedFrames: stats.renderSkippedFrames,
    renderTotalFrames: stats.renderTotalFrames,
  };
}
