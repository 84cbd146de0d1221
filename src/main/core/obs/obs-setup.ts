import type { ObsPathChoice, ObsProgramPath } from '../../../shared/obs';
import type { ObsCaller } from './obs-calls';
import { chooseProgramPath, planScene, type ProgramUrls, type ScenePlan } from './obs-program-path';
import { ensureHotseatScene } from './obs-scene';

/**
 * What the driver does at every (re)connect, once OBS said who it is: read what this OBS can do
 * (its requests, its input kinds, its canvas), choose the program path (browser source where there
 * is one, else the media source) and make the Hotseat scene match the plan.
 */
export interface SceneInputs {
  inputKinds: string[];
  path: ObsProgramPath;
  canvas: { width: number; height: number };
}

export interface ObsSetup extends SceneInputs {
  obsVersion: string;
  websocketVersion: string;
  canChapter: boolean;
  plan: ScenePlan;
  changes: string[];
}

/** The Hotseat scene made to match the plan for these inputs (again, when the overlay choice changed). */
export async function setUpScene(ask: ObsCaller, inputs: SceneInputs, urls: ProgramUrls, overlayWanted: boolean): Promise<{ plan: ScenePlan; changes: string[] }> {
  const plan = planScene(inputs.path, inputs.inputKinds, urls, inputs.canvas, overlayWanted);
  const report = await ensureHotseatScene(ask, plan, inputs.canvas);
  return { plan, changes: report.changes };
}

export async function setUpObs(ask: ObsCaller, choice: ObsPathChoice, urls: ProgramUrls, overlayWanted: boolean): Promise<ObsSetup> {
  const version = await ask.call('GetVersion');
  const { inputKinds } = await ask.call('GetInputKindList', { unversioned: true });
  const path = chooseProgramPath(inputKinds, choice);
  const video = await ask.call('GetVideoSettings');
  const inputs = { inputKinds, path, canvas: { width: video.baseWidth, height: video.baseHeight } };
  const scene = await setUpScene(ask, inputs, urls, overlayWanted);
  return {
    ...inputs,
    ...scene,
    obsVersion: version.obsVersion,
    websocketVersion: version.obsWebSocketVersion,
    canChapter: version.availableRequests.includes('CreateRecordChapter'),
  };
}
