import { OBS_NAMES } from '../../../shared/obs';
import type { ObsCaller } from './obs-calls';
import type { InputSpec, ScenePlan } from './obs-program-path';

export interface SceneSetupReport {
  /** What had to be made or mended; empty when everything was already in place. */
  changes: string[];
}

/**
 * Makes sure OBS has the Hotseat scene holding the program input (and, on the browser path, the
 * overlay input above it). Idempotent: run at every (re)connect, it creates only what is missing,
 * refreshes the inputs' URLs (the studio's port may have changed), removes duplicates it finds in its
 * own scene, and never touches any other scene.
 */
export async function ensureHotseatScene(obs: ObsCaller, plan: ScenePlan, canvas: { width: number; height: number }): Promise<SceneSetupReport> {
  const changes: string[] = [];
  const sceneName = OBS_NAMES.scene;
  const { scenes } = await obs.call('GetSceneList');
  if (!scenes.some((scene) => scene.sceneName === sceneName)) {
    await obs.call('CreateScene', { sceneName });
    changes.push(`created scene ${sceneName}`);
  }

  const { inputs } = await obs.call('GetInputList');
  const specs = plan.overlay ? [plan.program, plan.overlay] : [plan.program];
  const missingInputs = new Set<string>();
  for (const spec of specs) {
    const existing = inputs.find((input) => input.inputName === spec.inputName);
    if (existing && !sameKind(existing.inputKind, spec.inputKind)) {
      // The path changed (browser ↔ media): the old input cannot be converted, only replaced.
      await obs.call('RemoveInput', { inputName: spec.inputName });
      changes.push(`replaced ${spec.inputName} (${existing.inputKind} → ${spec.inputKind})`);
      missingInputs.add(spec.inputName);
    } else if (existing) {
      await obs.call('SetInputSettings', { inputName: spec.inputName, inputSettings: spec.inputSettings, overlay: true });
    } else {
      missingInputs.add(spec.inputName);
    }
  }

  const { sceneItems } = await obs.call('GetSceneItemList', { sceneName });
  for (const [index, spec] of specs.entries()) {
    const items = sceneItems.filter((item) => item.sourceName === spec.inputName);
    let createdItem: number | null = null;
    if (missingInputs.has(spec.inputName)) {
      const created = await obs.call('CreateInput', { sceneName, inputName: spec.inputName, inputKind: spec.inputKind, inputSettings: spec.inputSettings, sceneItemEnabled: true });
      createdItem = created.sceneItemId;
      changes.push(`created input ${spec.inputName}`);
    } else if (items.length === 0) {
      createdItem = (await obs.call('CreateSceneItem', { sceneName, sourceName: spec.inputName, sceneItemEnabled: true })).sceneItemId;
      changes.push(`added ${spec.inputName} to ${sceneName}`);
    } else {
      for (const extra of items.slice(1)) {
        await obs.call('RemoveSceneItem', { sceneName, sceneItemId: extra.sceneItemId });
        changes.push(`removed a duplicate of ${spec.inputName}`);
      }
    }
    if (createdItem !== null) {
      await fitToCanvas(obs, sceneName, createdItem, canvas);
      // The program lies under the overlay whatever order they were made in.
      await obs.call('SetSceneItemIndex', { sceneName, sceneItemId: createdItem, sceneItemIndex: index });
    }
  }

  if (plan.overlay) await keepOverlayOnTop(obs, sceneName, plan.overlay.inputName, changes);
  // No overlay planned means the alerts are drawn into the program: a leftover overlay would show them twice.
  if (!plan.overlay) {
    for (const item of sceneItems.filter((candidate) => candidate.sourceName === OBS_NAMES.overlayInput)) {
      await obs.call('RemoveSceneItem', { sceneName, sceneItemId: item.sceneItemId });
      changes.push(`removed ${OBS_NAMES.overlayInput} from ${sceneName}`);
    }
  }
  return { changes };
}

/** The creator may have reordered the scene by hand: the alerts must stay above the program. */
async function keepOverlayOnTop(obs: ObsCaller, sceneName: string, overlayName: string, changes: string[]): Promise<void> {
  const { sceneItems } = await obs.call('GetSceneItemList', { sceneName });
  const overlayAt = sceneItems.findIndex((item) => item.sourceName === overlayName);
  const programAt = sceneItems.findIndex((item) => item.sourceName === OBS_NAMES.programInput);
  const overlay = sceneItems[overlayAt];
  if (!overlay || programAt < 0 || overlayAt > programAt) return;
  // Index 0 is the bottom of an OBS scene: the last index is the top.
  await obs.call('SetSceneItemIndex', { sceneName, sceneItemId: overlay.sceneItemId, sceneItemIndex: sceneItems.length - 1 });
  changes.push(`moved ${overlayName} above ${OBS_NAMES.programInput}`);
}

async function fitToCanvas(obs: ObsCaller, sceneName: string, sceneItemId: number, canvas: { width: number; height: number }): Promise<void> {
  await obs.call('SetSceneItemTransform', {
    sceneName,
    sceneItemId,
    sceneItemTransform: {
      positionX: 0,
      positionY: 0,
      alignment: 5, // top left
      boundsType: 'OBS_BOUNDS_SCALE_INNER',
      boundsAlignment: 0,
      boundsWidth: canvas.width,
      boundsHeight: canvas.height,
    },
  });
}

function sameKind(actual: string, wanted: InputSpec['inputKind']): boolean {
  return actual === wanted || actual.replace(/_v\d+$/, '') === wanted;
}
